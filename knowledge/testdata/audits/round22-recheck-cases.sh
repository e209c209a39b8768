#!/usr/bin/env bash
# Audit round 22: recheck of round 21 (AUDIT-ROUND21.md: R21-W1..W3, R21-M1..M5) with NEW wordings, plus 10 fresh cases (N*).
# Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/*. No code, tests, scenarios, KB YAML read.
# ZJ = 浙江省医疗保障条例 (21: 20 years; 28 ¶2 new employer → 2nd natural month; 28 ¶3 unpaid → suspended from 2nd natural month,
#   fund pays if employer pays within tax deadline; 28 ¶4 else employer bears; 29 ¶2 flexible resumes 3rd natural month from payment month)
# SH = 上海市医疗保障条例 (15: costs while stopped not paid; 16 years; 17 resident wait); SH7 = 沪医保规〔2025〕7号 三(三)/三(四);
# S7 = stop/restart on 次月15日; 43号 = 医保办发〔2021〕43号; 38号 = 国办发〔2024〕38号 (3-month fixed wait); GD = 粤医保规〔2022〕6号.
# Today 2026-12-07 (Mon). "covered" for a day needs a source for the first unpaid month AND the stop day.
BJ=${BJ:-/tmp/bj-audit22}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }
ask() { id=$1; shift; echo "=== $id"; "$BJ" ask $D "$@"; echo; }

########## Batch 1 (first messages) ##########
## R21-W1: leaver + months owed before leaving + leaving month; no suspended day called covered
# expect W1a: first unpaid 2026-09 → ZJ 28 ¶3 suspended from 2026-10-01; 10-12 NOT "可以正常报销": fund only if employer pays in time, else employer (¶4).
c W1a "杭州 我10月31号离职的 离职前9月10月这两个月公司都没交医保 10月12号看的急诊能报吗"
# expect W1b: first unpaid 2026-06 → SH stop 2026-07-15 (SH7 三(三), S7); 07-20 not covered (SH 15), even after back-pay.
c W1b "quit my shanghai job on 31 july, found out the company skipped june and july. had a scan on july 20, will insurance pay?"
# expect W1c: first unpaid 2026-06 → ZJ suspended from 2026-07-01; 07-03 not "covered": ¶3/¶4 (employer pays in time or bears it).
c W1c "left my job in ningbo end of august, the last 3 months before that the company never paid. i was in hospital on july 3. covered?"
# expect W1d: first unpaid 2026-09 → SH stop 2026-10-15; 10-03 before stop → covered (right to say so); stop day must be 10-15, not 11-15.
c W1d "上海 10月底辞职的 辞职前9月10月公司都没给交医保 10月3号住过院 能报销吗"
## R21-W2: zh "走之前/辞职前/离职前 … 没交" read as the former employer's arrears; no flat "断缴期间的医疗费用不能报销"
# expect W2a: Oct–Nov owed by former employer; suspended 2026-11-01; ¶3/¶4; name the former employer (SIL 63/86); own cover now (flexible/resident).
c W2a "温州 辞职前最后两个月单位没给我交医保 我是11月底辞的 现在没上班 那两个月看病的钱还能报吗"
# expect W2b: Jun–Aug owed; suspended 2026-07-01; 08-12: fund if the employer pays within the deadline, else employer bears (¶4); not "不能报销", not "可以正常报销".
c W2b "杭州 离职之前公司欠了我三个月医保 我8月底离职 8月12号做的手术 钱能报吗"
# expect W2c: Jun–Sep owed by the old factory (left Sep); press it (SIL 63/86, ZJ 28); secure own cover now; not "不能补缴的，尽快恢复按月缴费" as the only step.
c W2c "绍兴 原来那家厂在我走前欠了4个月医保没交 我是9月走的 现在在家 怎么办"
# expect W2d: Sep–Oct owed; Sep bill = before suspension (10-01) → covered or "unsettled" with ¶3; never flat "not reimbursed".
c W2d "before i resigned in october my hangzhou boss hadn't paid medical for september and october. can i still get reimbursed for a hospital bill from early september?"
## R21-W3: retired with few years → shortfall, not "nothing to pay"
# expect W3a: ZJ 21: 20 years; 16 → 4 years (48 months) short; pay monthly or lump sum.
c W3a "my mom retired last year in ningbo, she only has 16 years of medical insurance, does she still have to pay anything?"
# expect W3b: SH 16: must reach the required years (SH > 15 per domain) → 9 years is short; not "nothing to pay".
c W3b "dad just retired in shanghai, 9 years employee medical. do we need to pay more?"
# expect W3c: 12 → 8 years (96 months) short (ZJ 21).
c W3c "我妈在杭州退休了 医保只交了十二年 还要交吗"
# expect W3d: GD: 10 local years needed; 6 local → short; not "nothing to pay".
c W3d "retired in guangzhou, 20 years in total but only 6 of them in guangzhou. anything left to pay?"
## R21-M1: leaver / job changer not answered as still employed by the old employer
# expect M1a: job change; new employer registered in Nov → ZJ 28 ¶2 benefits from 2026-12-01 → 12-10 covered; Oct owed by old employer; never "not before 2027".
c M1a "杭州 我换了工作 老公司最后一个月10月没给我交医保 新公司11月开始交了 12月10号看病能报吗"
# expect M1b: left Aug, arrears before leaving; unemployed → own cover (flexible / resident, SIL 23); press old employer (SIL 63/86); not "employer must pay" alone / "not before 2027".
c M1b "used to work at a company in guangzhou, they owe me 3 months of medical from before i left in august. i'm unemployed now. what should i do?"
# expect M1c: left end Oct, no arrears: Nov first unpaid → SH stop 2026-12-15 (S7); SH7 三(四) waiver: join as flexible within 3 months of the stop, no 6-month wait. Not "单位补缴".
c M1c "上海 我10月底辞职了 到现在还没找到工作 医保断了怎么办"
# expect M1d: cross-city (Shenzhen → Beijing), gap Jul–Aug (2 months ≤3) → 43号: back-pay, no waiting; new employer pays → covered now. Not "employer must pay".
c M1d "i left my job in shenzhen in june and started a new one in beijing in september, the new company pays. am i covered now?"
## R21-M2: a hospital stay typed as a range → per-day split
# expect M2a: Dec unpaid → SH stop 2027-01-15: 01-08..01-14 covered, 01-15..01-22 not (SH 15).
c M2a "shanghai, company missed december's payment, i'll be in hospital 8 jan through 22 jan, covered?"
# expect M2b: Nov unpaid → stop 2026-12-15: 12-01..12-14 covered, 12-15..12-18 not.
c M2b "上海 公司11月的医保没交 我12月1号到12月18号住院 能报吗"
# expect M2c: Oct unpaid → ZJ suspended 2026-11-01: 10-20..10-31 covered; 11-01..11-05 only if employer pays in time (¶3), else employer (¶4).
c M2c "宁波 单位10月开始没交 我是10月20日至11月5日住院的"
# expect M2d: Nov unpaid → stop 12-15: 12-12..12-14 covered, 12-15..12-16 not.
c M2d "shanghai, employer skipped november. i was in hospital between dec 12 and dec 16. will it be paid?"
## R21-M3: gap already ended / employer already paid
# expect M3a: resident, enrolled outside window April 2026 → 38号 3-month wait (SH 17) → covered since about 2026-07/08; now covered. Not "resumes 2027".
c M3a "didn't pay my resident insurance on time for 2026, finally paid on april 10 this year. shanghai. can i use it now?"
# expect M3b: ZJ 28 ¶3: paid within the deadline → Oct costs reimbursed by the fund. Not "应由单位补缴".
c M3b "杭州 公司欠了我9月10月的医保 税务局下了通知 公司11月20号前已经全补上了 10月份的住院费能报吗"
# expect M3c: ZJ 29 ¶2: resumed Sep → 3rd natural month = 2026-11-01 → 12-15 covered.
c M3c "ningbo flexible worker, stopped paying in may, started paying again in september. surgery on dec 15, ok?"
# expect M3d: resumed Oct → 2026-12-01 → next week covered (ZJ 29 ¶2).
c M3d "温州 我断了两个月 现在自己交灵活就业 10月开始交的 下周看病能报吗"
## R21-M4: resident → employee switch with a short gap
# expect M4a: 43号 ②: ≥2 yrs continuous, switch, gap ≤3 months → no waiting; not "pay 2027 resident premium" (ZJ 24 one scheme).
c M4a "been on resident medical in hangzhou for 3 years, starting a job in ningbo on feb 1 with employee insurance. my resident cover ends dec 31. do i need to pay resident for 2027?"
# expect M4b: 4 years resident, switch, 1-month gap → no waiting (43号 ②).
c M4b "我在温州交了4年居民医保 明年1月去上海上班 公司交职工医保 中间会断一个月 有等待期吗"
# expect M4c: GD copy of 43号 (arts. 12–13): switch, 6 yrs continuous, short gap → no waiting; not "pay resident premium".
c M4c "switching from resident to employee insurance in guangzhou, job starts march 2027, i've had resident cover 6 years straight. will there be a waiting period?"
## R21-M5: employer-gone path asks 12393 who pays the employer's months, not "can I pay back"
# expect M5a..d: 12393 question = "单位欠缴…由谁补/怎么办" (SIL 63, 86; ZJ 28 ¶4); never "我还能补缴吗" for the employer's months.
c M5a "杭州 公司倒闭了 老板联系不上 欠了我4个月医保"
c M5b "ningbo factory went bankrupt in october, they owe me 3 months of medical contributions"
c M5c "shanghai company closed down owing me 2 months medical, what do i ask the hotline"
c M5d "绍兴 老板跑路了 医保欠了5个月没交"
## Fresh cases
# expect N1: resident paid late in Aug 2026 → 38号 3-month wait → covered from about 2026-11/12; not "2027".
c N1 "我妈在广州 居民医保今年没按时交 8月份补交了 现在看病能报吗"
# expect N2: resident paid late on 11-25 → 3-month wait → about 2027-02/03; next week NOT covered.
c N2 "resident insurance in shanghai, i paid late for 2026 on nov 25. can i see a doctor next week on it?"
# expect N3: ZJ 29 ¶2: flexible, interrupted since Sep, not resumed → 12-20..12-27 not covered.
c N3 "杭州 灵活就业 9月开始断缴了 12月20号到27号住院 能报吗"
# expect N4: Guangdong, employer unpaid since Nov, stay 01-10..01-17 → stop day not sourced → not settled / ask; no day "covered" without a source.
c N4 "shenzhen, company hasn't paid since november, i'm in hospital jan 10-17. covered?"
# expect N5: ZJ 21: 18 years → 2 years (24 months) short.
c N5 "我爸在宁波 62岁 已经退休了 医保交了18年 还要补吗"
# expect N6: 25 ≥ 20 (ZJ 21) → nothing to pay after retirement.
c N6 "retiring in hangzhou next month with 25 years of employee medical. will i have to keep paying?"
# expect N7: left 11-30, Oct–Nov owed → suspended 2026-11-01; 12-10 not covered by the old job (¶3/¶4 for Nov); own cover now.
c N7 "i left my hangzhou job on november 30; they hadn't paid october or november. can i see a doctor on dec 10?"
# expect N8: SH, first unpaid Jul → stop 2026-07-15; 08-10 NOT covered (SH 15).
c N8 "上海 我8月底离职 离职前7月8月公司没交 8月10号住的院 能报吗"
# expect N9: SH job change, no gap (B pays from Oct) → covered; not "单位补缴"/no gap.
c N9 "上海 9月底从A公司离职 10月入职B公司 B公司10月就开始交了 11月看的病能报吗"
# expect N10: GD same city, 1-month gap (Sep) → GD art. 12 / 43号: back-pay, no wait, retroactive; not "employer must pay".
c N10 "changed jobs in guangzhou, old employer paid through august, new one from october, so september is missing. hospital next week, covered?"
## ask path
# expect K1: W1 via ask: since 2026-06, left-job, 3 arrears before leaving, SH, 07-20 → stop 07-15, not covered.
ask K1 --scheme employee --payer unit --reason left-job --since 2026-06 --arrears-before-leaving 2 --region shanghai --treatment-date 2026-07-20 --lang en
# expect K2: retired 14 years ZJ → 6 years short.
ask K2 --scheme employee --retirement retired --years-paid 14 --region zhejiang
# expect K3: switch resident→employee, 5 years, 2-month gap, ZJ → no waiting (43号 ②).
ask K3 --scheme employee --prior-scheme resident --continuous-years 5 --gap-months 2 --region zhejiang --lang en

########## Batch 2 (follow-ups of cases that stopped at a question; expectations as in batch 1 unless stated) ##########
# expect W1a2: (this year) stop 2026-10-01; 2026-10-12 NOT "可以正常报销" (ZJ 28 ¶3/¶4).
c W1a2 "杭州 我10月31号离职的 离职前9月10月这两个月公司都没交医保 10月12号看的急诊能报吗" "3"
# expect W1b2: (+operating normally) stop 2026-07-15; 2026-07-20 (past, not 2027) not covered (SH 15); the person left end of July.
c W1b2 "quit my shanghai job on 31 july, found out the company skipped june and july. had a scan on july 20, will insurance pay?" "4"
# expect W2a2: (+2个月 = Oct–Nov) suspended 2026-11-01; Oct costs covered; Nov costs ZJ 28 ¶3/¶4 (former employer); own cover from now.
c W2a2 "温州 辞职前最后两个月单位没给我交医保 我是11月底辞的 现在没上班 那两个月看病的钱还能报吗" "2个月"
# expect W2c2: (+6个月 = Jun–Nov) former employer's 4 months (Jun–Sep); own cover now; not "单位补缴 + 不早于…" as for a current employee.
c W2c2 "绍兴 原来那家厂在我走前欠了4个月医保没交 我是9月走的 现在在家 怎么办" "6个月"
# expect M1a2: (+same city) ZJ 28 ¶2: new employer from Nov → covered 2026-12-01 → 12-10 covered (or unsettled), never "not before 2027".
c M1a2 "杭州 我换了工作 老公司最后一个月10月没给我交医保 新公司11月开始交了 12月10号看病能报吗" "4"
# expect M1b2: (+6 months = Jun–Nov) left-job, former employer owes Jun–Aug; own cover now; not "employer must pay / not before 2027" alone.
c M1b2 "used to work at a company in guangzhou, they owe me 3 months of medical from before i left in august. i'm unemployed now. what should i do?" "6 months"
# expect M2a2: (+since december) SH stop 2027-01-15: 01-08..01-14 covered, 01-15..01-22 not.
c M2a2 "shanghai, company missed december's payment, i'll be in hospital 8 jan through 22 jan, covered?" "since december"
# expect M3a2: (+not in window) paid 2026-04, 3-month wait → covered since about 2026-07/08; "now" covered. Not "2027".
c M3a2 "didn't pay my resident insurance on time for 2026, finally paid on april 10 this year. shanghai. can i use it now?" "2"
# expect M3e: en, explicit "within the deadline" → ZJ 28 ¶3 fund reimburses the October bill.
c M3e "hangzhou. my company owed september and october, the tax office gave them a deadline and they paid everything within it in november. my october hospital bill, can i claim it?"
# expect M4a2: (+0 years back-pay) must not end in "pay 2027 resident premium" for someone in employee insurance from Feb; 43号 ② / switch answer.
c M4a2 "been on resident medical in hangzhou for 3 years, starting a job in ningbo on feb 1 with employee insurance. my resident cover ends dec 31. do i need to pay resident for 2027?" "0 years"
# expect M4b2: (+skip window) switch resident → employee, 1-month gap → no waiting (43号 ②); not "pay resident premium".
c M4b2 "我在温州交了4年居民医保 明年1月去上海上班 公司交职工医保 中间会断一个月 有等待期吗" "5"
# expect M4c2: correction "i was on resident, no gap yet" → switch answer, not a 72-month employee gap.
c M4c2 "switching from resident to employee insurance in guangzhou, job starts march 2027, i've had resident cover 6 years straight. will there be a waiting period?" "i was on resident insurance the whole time, there is no gap"
# expect N1b: (+0年) paid Aug 2026 → 3-month wait → covered from about 2026-11/12; now covered or unsettled, not "2027".
c N1b "我妈在广州 居民医保今年没按时交 8月份补交了 现在看病能报吗" "0年"
# expect N2b: (+no break) paid 2026-11 → wait to ~2027-02/03 → next week NOT covered.
c N2b "resident insurance in shanghai, i paid late for 2026 on nov 25. can i see a doctor next week on it?" "no break"
# expect N8b: (+从今年7月起) first unpaid Jul → SH stop 2026-07-15 → 08-10 NOT covered.
c N8b "上海 我8月底离职 离职前7月8月公司没交 8月10号住的院 能报吗" "从今年7月起"
# expect N9b: (+不对) no gap: covered; never a 3-month gap.
c N9b "上海 9月底从A公司离职 10月入职B公司 B公司10月就开始交了 11月看的病能报吗" "4"
# expect N10b: (+same city) gap = Sep only (1 month) → GD art. 12/43号 back-pay; covered from Oct; next week covered. Not "since 2026-08".
c N10b "changed jobs in guangzhou, old employer paid through august, new one from october, so september is missing. hospital next week, covered?" "2"
# expect K3b: switch via ask with --payer unit --reason job-change → 43号 ② no waiting.
ask K3b --scheme employee --payer unit --reason job-change --prior-scheme resident --continuous-years 5 --gap-months 2 --region zhejiang --lang en --brief

########## Batch 3 (further follow-ups) ##########
# expect W2c3: (+6个月 +正常经营) the factory is the FORMER employer: own cover now + press it for Jun–Sep; not "应由单位补缴 … 不早于2027" as for a current employee.
c W2c3 "绍兴 原来那家厂在我走前欠了4个月医保没交 我是9月走的 现在在家 怎么办" "6个月" "1"
# expect M1b3: (+6 months +operating) as W2c3: former employer; own cover (SIL 23); not "Your employer must pay / not before 2027" alone.
c M1b3 "used to work at a company in guangzhou, they owe me 3 months of medical from before i left in august. i'm unemployed now. what should i do?" "6 months" "1"
# expect M2a3: (+since december +operating) SH stop 2027-01-15: 01-08..01-14 covered, 01-15..01-22 not.
c M2a3 "shanghai, company missed december's payment, i'll be in hospital 8 jan through 22 jan, covered?" "since december" "1"
# expect N1c: (+0年 +不在集中期) paid 2026-08 → 3-month wait → covered from about 2026-11/12; now covered/unsettled; never "2027".
c N1c "我妈在广州 居民医保今年没按时交 8月份补交了 现在看病能报吗" "0年" "2"
# expect N2c: (+no break +no) paid 2026-11 → cover from about 2027-02/03 → next week NOT covered.
c N2c "resident insurance in shanghai, i paid late for 2026 on nov 25. can i see a doctor next week on it?" "no break" "2"
# expect M4c3: (+resident) must become the switch answer (43号 ② / GD art. 13), not a resident re-enrolment.
c M4c3 "switching from resident to employee insurance in guangzhou, job starts march 2027, i've had resident cover 6 years straight. will there be a waiting period?" "i was on resident insurance the whole time, there is no gap" "2"
# expect M1e: zh job change + new employer pays, cross-city: 43号 gap ≤3 months (Nov only) → back-pay, no wait; not "应由单位补缴".
c M1e "我10月底从苏州那家公司辞职了 他们10月的医保没交 12月到杭州新公司上班了 新公司这个月开始交 下周看病能报吗"
# expect M1f: en "quit" + unpaid months + "new job since november same city" → new employer ends the gap; not "employer must pay / not before 2027".
c M1f "quit my job in shanghai in september, they never paid august or september. new job in shanghai since november, they pay. covered now?"

########## Batch 4 ##########
# expect M1f2: (+since august) Aug–Oct gap (3 months), new SH employer from Nov → S7: cover from 2026-12-15 (次月15日) or unsettled; former employer owes Aug–Sep; never "employer must pay" alone.
c M1f2 "quit my job in shanghai in september, they never paid august or september. new job in shanghai since november, they pay. covered now?" "since august"
