#!/usr/bin/env bash
# Audit round 21 (AUDIT-ROUND21.md): independent audit before issue 17 is resolved.
#   a. a former employer that owed months before the person left / changed job (with and without when they left) — R17-W1, R17-M2
#   b. employer gone vs still there — R17-M1 (12393 question), R17-M3 ("boss left last month" + a day), R17-M4 (correction to "still open")
#   c. gap already ended / paid back
#   d. treatment dates: is any day called covered that the law does not make covered?
#   e. older people, farmers, housewives, students, newborns (resident scheme) — R17-M5
#   f. moving cities (43号, GD art. 12–13)
#   g. Zhejiang / Shanghai / Guangdong vs national where they differ (both named?)
# One command per case; each prints "=== <id>". Re-run against another binary with BJ=/path/to/bujiao.
# "# expect:" lines were written BEFORE the cases of that batch were run (sources: /work/shared/domain.md, /work/shared/law/*.md,
#   /work/shared/seeds/*). No code, tests, scenarios or KB YAML were read.
# Abbreviations: ZJ = 浙江省医疗保障条例; SH = 上海市医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 (benefits stop/restart
#   on 次月15日); SIL = 社会保险法; 43号 = 医保办发〔2021〕43号; 38号 = 国办发〔2024〕38号; GD = 粤医保规〔2022〕6号.
# Today is 2026-12-07 (Monday): "下个月/next month" = 2027-01; "下个月15号" = 2027-01-15; "上个月/last month" = 2026-11.
# "not settled" = the answer says it cannot tell / ask 12393 before treatment. A day "covered" needs a source for BOTH the stop day
#   and the first unpaid month; otherwise it must be "not settled" or the missing fact asked.
BJ=${BJ:-/tmp/bj-audit21}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
raw() { printf "$1" | "$BJ" chat $D; }
ask() { "$BJ" ask $D "$@"; }

########## Batch 1 ##########

##### a. former employer owed months before the person left / changed job #####
# expect A1 (Hangzhou, left end of Sep, Jul–Sep unpaid by the old employer, now pays as flexible since an unknown month, asks 2027-01-15):
#   Jul–Sep are the OLD EMPLOYER's arrears: ZJ 28 ¶3 (reimbursed if paid within the tax deadline) / ¶4 (employer bears the benefits);
#   never a flat "断缴期间不能报销" for Jul–Sep. 2027-01-15 depends on when flexible payments started (ZJ 29 ¶2: 3rd natural month counting
#   the payment month; started Nov or earlier → covered, started Dec → from 2027-02-01, not covered): asked or "not settled"; never covered
#   without that month. A step presses the former employer (SIL 63/82).
echo "=== A1"; zh '杭州 上家公司在我走之前有三个月没交医保 我9月底离职的 现在自己交灵活就业 下个月15号做手术能报吗\n'
# expect A2 (en, Ningbo, 2 months owed "when i quit", quit date NOT given, no job now, checkup 2026-12-18): quit month asked (or the day
#   "not settled"); 12-18 never "covered" (no employer, no own payment); the owed months named as the former employer's (ZJ 28 ¶3/¶4);
#   own cover now: flexible (ZJ 29/30) or resident; never "your employer must pay" as if still employed there.
echo "=== A2"; en "my previous employer in ningbo owed me 2 months of medical insurance when i quit, now i have no job. am i covered for a checkup on dec 18?\n"
# expect A3 (Shanghai, left in Nov, the last 2 months Oct–Nov unpaid, no job): stop 2026-11-15 (SH7 三(三), S7: first unpaid Oct);
#   days from 11-15 not paid by the fund even after a back-payment (SH 15); press the former employer; own cover: flexible with no waiting
#   if joined within 3 months after benefits stopped (SH7 三(四) waiver, window from the stop day), or resident. No day after 11-14 covered.
echo "=== A3"; zh '上海 我上个月从公司离职了 离职前公司欠了两个月的医保没交 现在还没找到工作\n'
# expect A4 (en, Guangzhou, switched job in Sep, old employer did not pay Jul–Aug, new employer pays since Sep): the new job is USED
#   (R17-M2): current cover through the new employer; never "not before 2027" / "don't plan treatment"; Jul–Aug are the old employer's
#   arrears (press it, SIL 63/82); GD stop day has no source → any Jul–Aug day "not settled".
echo "=== A4"; en "guangzhou. switched jobs in september, my old company hadn't paid july and august. new company pays since september. am i covered now?\n"
# expect A5 (Chengdu, left in June, the last 4 months Mar–Jun unpaid, new employer pays normally): leaving and new job used; old months are
#   the former employer's arrears; national baseline (no Sichuan source) → stop day an estimate; current cover via the new employer, start
#   day not sourced → 12393; never treated as still employed at the old company.
echo "=== A5"; zh '成都 之前那家公司拖欠了我4个月医保 我6月份就走了 现在在新单位上班 新单位正常交\n'
# expect A6 (en, Hangzhou, old boss did not pay the last 3 months before leaving, asks about bills "from back then"): R17-W1 recheck —
#   ZJ 28 ¶3: those bills are reimbursed by the fund if the employer pays within the deadline; ¶4: otherwise the employer bears them.
#   NEVER "not covered" / "costs in the gap are not covered" for the arrears months. Leaving month may be asked.
echo "=== A6"; en "hangzhou - old boss didnt pay my medical for the last 3 months before i left the company. does that mean my hospital bills from back then arent covered?\n"
# expect A7 (pinyin, Hangzhou, left end of Oct, Sep–Oct unpaid): read as a leaver with 2 months of former-employer arrears Sep–Oct; ZJ 28
#   stop 2026-10-01; arrears months per ZJ 28 ¶3/¶4 (not "不能报销" flat); after leaving, own cover needed (ZJ 29/30 or resident).
echo "=== A7"; raw 'wo qian gongsi zou zhiqian qian le liang ge yue yibao, hangzhou, wo shi 10 yue di lizhi de\n'
# expect A8 (en voice run-on, Shanghai, left end of Oct, Sep–Oct unpaid, dentist 2026-10-10): first unpaid Sep → stop 2026-10-15
#   (SH7 三(三), S7) → 10-10 is before the stop: covered is sourced (or at least never "not covered"); from 10-15 not covered (SH 15);
#   what to do: press former employer; own cover (SH7 三(四) waiver within 3 months of the stop day, i.e. by about 2027-01-14).
echo "=== A8"; en "so i left my job in shanghai at the end of october and then found out they never paid september and october for medical and now i want to know if my dentist visit on october 10 is covered and what do i do\n"

##### b. employer gone vs still there #####
# expect B1 (Dongguan, boss ran off with the money, 5 months unpaid): employer-gone path: protect own cover first (flexible / resident),
#   complain/claim (SIL 82; seeds: bankruptcy claim). R17-M1 recheck: any suggested 12393 question must NOT say "我自己缴费…断缴" —
#   the months are the employer's arrears. GD stop day an estimate.
echo "=== B1"; zh '东莞 老板卷钱跑了 厂里欠了我们五个月社保 医保也断了 怎么办\n'
# expect B2 (en, Shenzhen bankruptcy, unpaid since Aug, asks what to ask the hotline): bankrupt path; the 12393 question says the
#   EMPLOYER owes / is bankrupt (R17-M1), never "I pay for myself and missed"; claim with the liquidation group (seed 000).
echo "=== B2"; en "our company in shenzhen filed for bankruptcy, hasn't paid medical insurance since august. what should i ask the hotline?\n"
# expect B3 (en, Hangzhou "shut down" then corrected "still running"): R17-M4 recheck: the second answer is re-given on the operating path:
#   employer must pay (ZJ 28 ¶3: tax deadline ≤60 days, reimbursed if paid in time; ¶4), NOT "protect your own cover / enrol as flexible".
echo "=== B3"; en "hangzhou company shut down and owes me 2 months of medical\nwait i got that wrong, the company is still running, they just stopped paying\n"
# expect B4 (Ningbo, same in zh with "不对不对 公司没关 还在开"): as B3; never "情况没有变化，答复同上".
echo "=== B4"; zh '宁波 公司关门了 欠我三个月医保\n不对不对 公司没关 还在开 就是没给交\n'
# expect B5 (en, Shanghai, operating, Oct–Nov unpaid, surgery 2026-12-12): stop 2026-11-15 (SH7 三(三), S7) → 12-12 NOT covered; not paid
#   even if the employer backpays later (SH 15); employer must pay (SIL 63). Never "covered".
echo "=== B5"; en "shanghai, company still operating fine but skipped my medical contributions for october and november. i have a surgery scheduled dec 12\n"
# expect B6 (Wenzhou, unit still there, Nov–Dec unpaid, surgery 2027-01-15): ZJ 28: stop 2026-12-01; 01-15 is in the suspension: reimbursed
#   only if the employer pays within the tax deadline, otherwise the employer bears it (¶4). Never a flat "可以报销"; never a flat "不能报销".
echo "=== B6"; zh '温州 单位还在 就是11月和12月的医保没交 下个月15号做手术能报吗\n'
# expect B7 (en, Guangzhou, employer fine, unpaid since Oct, operation 2027-01-15): GD stop day has no source; 01-15 "not settled" at best
#   (and after an estimated 2026-11-01 stop); never "covered"; press the employer.
echo "=== B7"; en "guangzhou employer is fine but hasn't paid medical since october. i have an operation on january 15, will insurance pay?\n"
# expect B8 (Hangzhou, boss ran off last month, ER visit 2026-12-03): R17-M3 recheck: first unpaid month NOT given (boss leaving ≠ first
#   unpaid month) → asked, or 12-03 "not settled"; never "covered" on an assumed Nov gap (Nov gap → stop 12-01 → not covered anyway).
echo "=== B8"; zh '杭州 上个月老板跑路了 12月3号看的急诊能报吗\n'
# expect B9 (en, Shanghai, boss disappeared two weeks ago, checkup 2026-12-10): first unpaid month not given: Nov → stop 12-15 (covered),
#   Oct → stop 11-15 (not covered) → must ask or say "not settled"; NEVER "covered" on an assumption (R17-M3).
echo "=== B9"; en "shanghai my boss disappeared two weeks ago, can i still use my insurance for a checkup on dec 10?\n"
# expect B10 (en, Guangzhou, company closed last month, owed 3 months, treatment next week): closed path; 12393 question about the employer's
#   arrears (R17-M1); next week (12-14..12-20) never covered (GD stop unsourced; gap 3 months).
echo "=== B10"; en "guangzhou my company closed last month and they owe me 3 months of medical insurance, i need to see a doctor next week, what now\n"

##### c. gap already ended / paid back #####
# expect C1 (Hangzhou flexible, 4-month gap, resumed paying in Oct): ZJ 29 ¶2: 3rd natural month counting Oct → covered from 2026-12-01 →
#   today covered (if payments continue); gap months not covered (unless a more favourable city rule, ZJ 29 ¶3). Never "wait till 2027".
echo "=== C1"; zh '杭州 我灵活就业自己交的 断了4个月 10月份已经接着交上了 现在看病能报吗\n'
# expect C2 (en, Shanghai, employer paid back 3 missing months in Nov; asks when can see a doctor and Sept bill): SH7 三(三): resumes the month
#   after full back-payment → December (S7: the 15th → 2026-12-15); costs while stopped NOT paid (SH 15) → a Sept bill after the stop day
#   is not covered; never "retroactive".
echo "=== C2"; en "shanghai - my company finally paid back the 3 missing months in november. when can i see a doctor again, and will they cover what i paid in september?\n"
# expect C3 (Shenzhen, employer paid back 2 owed months last month, asks gap costs): no GD source for non-transfer retroactivity → "not
#   settled / ask 12393"; never "covered" citing 43号 (that is for transfers / scheme switches); never "不能报销" as a sourced fact either.
echo "=== C3"; zh '深圳 公司之前欠的两个月医保上个月已经全部补缴了 断缴那两个月看病的钱能报吗\n'
# expect C4 (en, Ningbo, employer paid the 2 owed months within the tax deadline, October bill): ZJ 28 ¶3: reimbursed by the fund (sourced).
echo "=== C4"; en "ningbo, my employer got a notice from the tax office and paid the 2 months it owed within the deadline. can i claim the hospital bill from october?\n"
# expect C5 (Beijing, self-paid, 2-month gap, paid back last week): national baseline; no Beijing source for flexible back-pay cover → "not
#   settled" / 12393; never "covered now" as a fact; no Beijing figures as fact.
echo "=== C5"; zh '北京 自己交的医保断了两个月 上个礼拜已经补上了 现在能用了吗\n'
# expect C6 (en, Shanghai resident, 2026 paid late in March): outside the window → waiting (SH 17; 38号 fixed 3 months) ended long ago →
#   covered now (or not settled); 2027 must be paid in the 集中参保期 (SH 17) or a new wait applies. Never employee-scheme answer.
echo "=== C6"; en "i forgot to pay my resident medical insurance for 2026, paid it in march. shanghai. am i covered now?\n"

##### d. treatment dates #####
# expect D1 (Shanghai flexible, stopped 5 months, pays this month, surgery 2027-01-15): SH7 三(四): 6-month waiting; waiver only within 3 months
#   after benefits stopped (5-month gap → no waiver) → 01-15 NOT covered; never "covered".
echo "=== D1"; zh '上海 灵活就业 断交了5个月 这个月交上 下个月15号做手术能报吗\n'
# expect D2 (en, Hangzhou self-employed, stopped Aug, pays this month, surgery 2027-01-10): ZJ 29 ¶2: pay Dec → from 2027-02-01 → 01-10 NOT
#   covered (city rule more favourable may exist: ZJ 29 ¶3). Never "covered".
echo "=== D2"; en "hangzhou self-employed, i stopped paying in august, if i pay this month can i get surgery on january 10?\n"
# expect D3 (Ningbo self-paid, 3-month gap, pays this week, admission 2027-02-05): ZJ 29 ¶2: pay Dec → 2027-02-01 → 02-05 covered
#   (provided payments continue) — sourced.
echo "=== D3"; zh '宁波 我自己交的医保停了三个月 这周补交的话 明年2月5号住院能报吗\n'
# expect D4 (en, Shanghai, employer did not pay Nov, stay 12-10..12-20): stop 2026-12-15 → 12-10..12-14 covered, 12-15..12-20 not covered.
echo "=== D4"; en "shanghai, my company didn't pay november. is my hospital stay from dec 10 to dec 20 covered?\n"
# expect D5 (Hangzhou newborn born 2026-11-20, not yet enrolled, asks next month): resident scheme; newborns exempt from the waiting period
#   (38号, SH 17 analogue); must enrol first; "covered from birth" is local → 12393; never "covered next month" without enrolment.
echo "=== D5"; zh '宝宝11月20号出生的 在杭州 还没上医保 下个月看病能报吗\n'
# expect D6 (en, Foshan, mother's resident 2026 unpaid, pay now, surgery next month): 38号: not continuous → fixed 3 months + 1 per broken year
#   → Jan 2027 NOT covered; GD detail local; resident scheme (not employee).
echo "=== D6"; en "my mom in foshan didn't pay her resident medical insurance for 2026, if we pay now can she use it for surgery next month?\n"
# expect D7 (Shanghai, father 72, resident 2026 unpaid, hospital early next month): resident; not continuous → waiting (SH 17 + 38号, 3 + 1)
#   → early Jan NOT covered; Shanghai subsidy for elderly (SH 14) may be named; never employee scheme / working age.
echo "=== D7"; zh '上海 我爸72岁 居民医保今年忘交了 下个月初住院怎么办\n'

##### e. older people, farmers, housewives, students, newborns #####
# expect E1 (en, Shenzhen stay-at-home mom, never worked, asks what insurance and how soon): resident scheme (SIL 25; 38号); waiting 3 months if
#   outside the window / window → from next year; never "employee scheme, working age, my employer" filled silently (R17-M5).
echo "=== E1"; en "i'm a stay at home mom in shenzhen, never worked, what insurance can i get and how soon does it kick in?\n"
# expect E2 (Wenzhou farmer, 新农合 unpaid 2 years): resident scheme; ZJ 23 (pay next year's by year end) and 38号 (3 + 2 months; repair by paying
#   back years) both named or the conflict with ZJ 31 ¶2 noted; never employee scheme.
echo "=== E2"; zh '我是农民 在温州乡下 新农合两年没交了 现在还能补吗\n'
# expect E3 (en, grandpa 80, Ningbo countryside, stopped 3 years ago): resident; 38号: 3 + 3 months, repair reduces the variable part; subsidy for
#   low-income elderly (SIL 25 / ZJ 22 ¶2); never employee scheme / working age (R17-M5).
echo "=== E3"; en "my grandpa is 80 and lives in ningbo countryside, his medical insurance stopped 3 years ago, can he get back in?\n"
# expect E4 (first-year student moved to Shanghai, paid resident at home before): resident (student); may enrol where studying/living (38号);
#   one scheme at a time; continuity matters (38号 waiting if broken); never employee scheme.
echo "=== E4"; zh '我是大一新生 从老家来上海读书 医保要在哪里交 以前在老家交过居民医保\n'
# expect E5 (en, Shanghai newborn last week): resident; newborns exempt from the waiting period (SH 17 last sentence; 38号).
echo "=== E5"; en "we just had a baby in shanghai last week, how do we get him insured and is there a waiting period?\n"
# expect E6 (Hangzhou housewife, used to have employee insurance, quit 2 years ago, nothing paid since): options flexible employee (ZJ 29 ¶2: 3rd
#   natural month) or resident (38号 waiting); today not covered; "家庭主妇" read (no job) — never "单位缴/离职" filled with a working-age
#   employee default without saying so.
echo "=== E6"; zh '我是家庭主妇 在杭州 以前上班交过职工医保 辞职两年了一直没交\n'
# expect E7 (en, father 63, 14 years employee insurance in Hangzhou, retired): ZJ 21: 20 years; short 6 → monthly or lump sum; never "enough".
echo "=== E7"; en "my dad is 63, worked in hangzhou 14 years with employee insurance, now retired, does he need to pay more?\n"
# expect E8 (Guangzhou woman 55, 18 years): GD 6 art. 6: 25 years for women by 2030, Guangzhou's current transitional figure NOT FOUND → 12393;
#   ≥10 local years (art. 8); shortfall monthly or lump (art. 10). Never "18 is enough" as fact.
echo "=== E8"; zh '广州 女 55岁 要退休了 医保交了18年 够不够\n'
# expect E9 (en, 66-year-old mother, never worked, moved to Guangzhou, insured in Hunan hometown): resident; may join where she lives with a
#   居住证 (38号); one scheme at a time; continuity/waiting (38号); never employee scheme / working age (R17-M5).
echo "=== E9"; en "my mother is 66, never worked, lives with me in guangzhou now, her insurance is back in her hometown in hunan. can she get insured here?\n"

##### f. moving cities #####
# expect F1 (Hangzhou → Shanghai, 2-month gap, new company pays from Dec): 43号 ①: gap ≤3 months → back-pay under Shanghai rules, benefits from the
#   payment month, gap retroactive; no waiting; Shanghai's own start day (S7 次月15日) may be named; confirm with 12393.
echo "=== F1"; zh '从杭州换工作到上海 中间断了两个月医保 新公司12月开始交 现在看病能报吗\n'
# expect F2 (en, Guangzhou → Hangzhou, 5-month gap, new employer pays since Nov): 43号 ③: gap >3 months → local waiting ≤6 months; ZJ 28 ¶2
#   (2nd natural month after registration = 2026-12-01) may apply; no day called covered without naming the possible waiting → 12393.
echo "=== F2"; en "moved from guangzhou to hangzhou, no insurance for 5 months in between, new employer started paying in november. when am i covered?\n"
# expect F3 (Shenzhen → Guangzhou, 1-month gap): GD art. 12: within Guangdong ≤3 months → back-pay, no waiting, retroactive; personal account
#   not transferred within the province (art. 14) may be named.
echo "=== F3"; zh '从深圳调到广州上班 社保断了一个月 医保要重新等吗\n'
# expect F4 (en, 5 years resident in Ningbo, employee job in Hangzhou from Jan, 2-month gap): 43号 ② (≥2 years continuous + scheme switch +
#   gap ≤3 months → back-pay, no waiting, retroactive); ZJ 24 ¶2 (one scheme, premiums not refunded) may be named.
echo "=== F4"; en "i was on resident insurance in ningbo for 5 years, now got a job in hangzhou with employee insurance starting january, there'll be a gap of 2 months. will i have a waiting period?\n"
# expect F5 (en, Shanghai → Beijing, Shanghai pays through Dec, Beijing job starts Mar): gap Jan–Feb = 2 months ≤3 → 43号 ① back-pay in Beijing,
#   retroactive; Shanghai stop 2027-02-15 (first unpaid Jan, S7) may be named; options to avoid the gap (flexible in Shanghai within 3 months,
#   SH7 三(四)).
echo "=== F5"; en "leaving shanghai for beijing next month, my shanghai company will stop paying end of december, beijing job starts in march. what happens in between?\n"

##### g. regional vs national #####
# expect G1 (en, late fee, Shanghai, self and company): SIL 86: employer 0.05%/day from default; individuals: the statute imposes none, local;
#   never 2‰ as current.
echo "=== G1"; en "do i have to pay a late fee if i pay back my own medical insurance in shanghai? and what about my company?\n"
# expect G2 (three-year back-pay window "national?", Shenzhen): not a national rule (seed, unnamed city); Shenzhen window NOT FOUND → 12393.
echo "=== G2"; zh '听说医保只能补缴三年以内的 是全国规定吗 我在深圳\n'
# expect G3 (en, retirement years SH vs ZJ): SH >15 years incl. deemed (S7); ZJ 20 (ZJ 21); national: set locally (SIL 27).
echo "=== G3"; en "how many years of medical insurance do i need before retiring in shanghai vs zhejiang?\n"
# expect G4 (SH 6-month wait after half a year — national?): SH7 三(四) 6 months for flexible workers (waiver ≤3 months); national: 43号 lets
#   areas set ≤6 months for gaps >3 months (transfers); not a uniform national rule.
echo "=== G4"; zh '上海灵活就业断保半年以上是不是要等六个月 全国都这样吗\n'

##### K. ask #####
# expect K1 (ZJ leaver, 2 months' arrears before leaving from 2026-09, treatment 2026-10-20): 10-20 falls in the former employer's arrears
#   months: ZJ 28 ¶3/¶4 (reimbursed if paid in time / employer bears); never a flat "不能报销" (R17-W1).
echo "=== K1"; ask --scheme employee --payer unit --reason left-job --arrears-before-leaving 2 --since 2026-09 --region 杭州 --treatment-date 2026-10-20 --lang zh --brief
# expect K2 (SH flexible, gap from 2026-05, resumed 2026-10, treatment 2026-12-20): gap 5 months → no waiver; SH7 三(四) 6-month waiting from Oct →
#   about 2027-04 → 12-20 NOT covered.
echo "=== K2"; ask --scheme employee --payer individual --since 2026-05 --gap-ended 2026-10 --region shanghai --treatment-date 2026-12-20 --lang en --brief
# expect K3 (Ningbo flexible, gap from 2026-08, paid back 2026-11, treatment 2026-12-20): ZJ 29 ¶2: 3rd natural month from Nov → 2027-01-01 →
#   12-20 not covered unless a more favourable Ningbo rule (¶3) → never "covered".
echo "=== K3"; ask --scheme employee --payer individual --since 2026-08 --paid-back 2026-11 --region 宁波 --treatment-date 2026-12-20 --lang zh --brief
# expect K4 (Shenzhen arrears from 2026-08 paid 2026-11, treatment 2026-09-20): GD no source → "not settled"; never covered.
echo "=== K4"; ask --scheme employee --payer unit --reason arrears --since 2026-08 --arrears-paid 2026-11 --region 深圳 --treatment-date 2026-09-20 --lang en --brief
# expect K5 (resident newborn, Guangdong): no waiting period (38号).
echo "=== K5"; ask --scheme resident --newborn --region guangdong --lang en --brief
# expect K6 (SH arrears from 2026-12, stay 2027-01-10..01-20): stop 2027-01-15 → 01-10..01-14 covered, 01-15..01-20 not covered.
echo "=== K6"; ask --scheme employee --payer unit --reason arrears --since 2026-12 --region shanghai --treatment-date 2027-01-10 --treatment-until 2027-01-20 --lang zh --brief
# expect K7 (cross-city job change, 2-month gap, Hangzhou): 43号 ①: back-pay, from the payment month, retroactive; no waiting.
echo "=== K7"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 2 --region 杭州 --lang en --brief
# expect K8 (ZJ unemployment benefit ended 2026-09): ZJ 30 ¶2/¶3: may pay as flexible; resume → 3rd natural month counting the payment month
#   (pay Dec → 2027-02-01).
echo "=== K8"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --region 杭州 --lang zh --brief

########## Batch 2 (written after batch 1 ran, before batch 2 ran) ##########

##### follow-ups: batch-1 cases that stopped at a question #####
# expect A3b (A3 + "2个月"): the leaving is used (left in Nov; Oct–Nov former-employer arrears) or asked; SH stop 2026-11-15; no day
#   from 11-15 covered (SH 15); press the former employer AND secure own cover (flexible, SH7 三(四) waiver 3 months from the stop day,
#   or resident); never only "书面要求单位补缴" as if still employed there (R17-M2).
echo "=== A3b"; zh '上海 我上个月从公司离职了 离职前公司欠了两个月的医保没交 现在还没找到工作\n2个月\n'
# expect A4b (A4 + same city): covered now through the new employer (since Sep, same city; GD has no stop/start source → at most
#   "confirm with 12393"); Jul–Aug the old employer's arrears; never "not before 2027" / "don't plan treatment" (R17-M2).
echo "=== A4b"; en "guangzhou. switched jobs in september, my old company hadn't paid july and august. new company pays since september. am i covered now?\n6\n"
# expect A5b (A5 + 正常经营): as A4b: new employer's cover; old months Mar–Jun former-employer arrears; never "不早于2027" (R17-M2).
echo "=== A5b"; zh '成都 之前那家公司拖欠了我4个月医保 我6月份就走了 现在在新单位上班 新单位正常交\n1\n'
# expect A7b (A7 + 正常经营): as A1 ideal: Sep–Oct former-employer arrears (ZJ 28 ¶3/¶4), own cover after leaving; never a flat
#   "断缴期间的医疗费用不能报销" for Sep–Oct (R17-W1).
echo "=== A7b"; raw 'wo qian gongsi zou zhiqian qian le liang ge yue yibao, hangzhou, wo shi 10 yue di lizhi de\n1\n'
# expect A8b (A8 + this year): first unpaid Sep → stop 2026-10-15 → 10-10 covered (SH7 三(三), S7) or at least not "not covered".
echo "=== A8b"; en "so i left my job in shanghai at the end of october and then found out they never paid september and october for medical and now i want to know if my dentist visit on october 10 is covered and what do i do\n1\n"
# expect B8b (B8 + 在职): then the gap / unit questions; 12-03 never "covered" on an assumed November gap.
echo "=== B8b"; zh '杭州 上个月老板跑路了 12月3号看的急诊能报吗\n1\n'
# expect C4b (C4 + yes): ZJ 28 ¶3: employer paid within the deadline → October bill reimbursed by the fund (sourced "covered").
echo "=== C4b"; en "ningbo, my employer got a notice from the tax office and paid the 2 months it owed within the deadline. can i claim the hospital bill from october?\nyes\n"
# expect C5b (C5 + "上个礼拜"): Beijing flexible back-pay: cover after back-pay not sourced → "not settled / 12393"; never "covered now".
echo "=== C5b"; zh '北京 自己交的医保断了两个月 上个礼拜已经补上了 现在能用了吗\n上个礼拜\n'
# expect C6b (C6 + "no", outside window): resident; 2026 paid in March → 3-month wait over → covered now, or "not settled"; 2027 premium in window.
echo "=== C6b"; en "i forgot to pay my resident medical insurance for 2026, paid it in march. shanghai. am i covered now?\nno\n"
# expect D6b (D6 + 1 year): 38号 3 + 1 months → Jan 2027 NOT covered; never "covered".
echo "=== D6b"; en "my mom in foshan didn't pay her resident medical insurance for 2026, if we pay now can she use it for surgery next month?\n1\n"
# expect D7b (D7 + 1 year): resident, waiting 3 + 1 (38号; SH 17) → early Jan NOT covered.
echo "=== D7b"; zh '上海 我爸72岁 居民医保今年忘交了 下个月初住院怎么办\n1\n'
# expect E1b (E1 + never insured): first enrolment in the resident scheme; window → next year / outside → 3-month wait (38号, SZ detail local).
echo "=== E1b"; en "i'm a stay at home mom in shenzhen, never worked, what insurance can i get and how soon does it kick in?\nnever had any insurance\n"
# expect E3b (E3 + 0 years back-paid): resident; 38号 3 + 3 = 6 months (no repair); ZJ 23/31 named or the 38号 question to 12393.
echo "=== E3b"; en "my grandpa is 80 and lives in ningbo countryside, his medical insurance stopped 3 years ago, can he get back in?\n0\n"
# expect E8b (E8 + 18 local years): GD: 2030 target 25 (women); Guangzhou's current figure not found → 12393; ≥10 local years met; never "enough".
echo "=== E8b"; zh '广州 女 55岁 要退休了 医保交了18年 够不够\n18\n'
# expect E9b (E9 + not sure twice): R17-M5 recheck: a 66-year-old who never worked must not be answered as working-age employee scheme;
#   resident scheme where she lives with a 居住证 (38号).
echo "=== E9b"; en "my mother is 66, never worked, lives with me in guangzhou now, her insurance is back in her hometown in hunan. can she get insured here?\nnot sure\nnot sure\n"
# expect F1b (F1 + 2个月): 43号 ① named: back-pay in Shanghai, from the payment month, gap retroactive; no waiting; confirm with 12393.
echo "=== F1b"; zh '从杭州换工作到上海 中间断了两个月医保 新公司12月开始交 现在看病能报吗\n2个月\n'
# expect G4b (G4 + the "6 months" FAQ button): the national side (43号 ≤6 months for transfers; not a uniform national rule) is said somewhere.
echo "=== G4b"; zh '上海灵活就业断保半年以上是不是要等六个月 全国都这样吗\n3\n'
# expect E7z (zh sibling of E7: retired, 14 years in Hangzhou): ZJ 21: 20 years; 6 short → monthly or lump sum; never "无需补缴".
echo "=== E7z"; zh '我爸今年61 在杭州交了14年职工医保 已经办了退休 还要补交吗\n'

##### new cases #####
# expect N1 (en, job change within Hangzhou, old company missed the last month, new one pays since Nov, appointment tomorrow 12-08):
#   new employer registered in Nov → ZJ 28 ¶2 2nd natural month = 2026-12-01 → covered, or "not settled"; never "not before 2027".
echo "=== N1"; en "i changed jobs within hangzhou last month, the old company didn't pay my last month there, new one started paying in november, is my appointment tomorrow covered?\n"
# expect N2 (Guangzhou husband left Dec 2025, 3 months unpaid before leaving, no job since): now NOT covered (nothing paid for a year);
#   own cover (flexible / resident); the 3 months are the former employer's arrears; GD stop an estimate.
echo "=== N2"; zh '我老公的公司在广州 他去年12月离职 离职前公司欠了3个月没交 他一直没工作到现在 他生病能报吗\n'
# expect N3 (en, Shanghai, 2 months between jobs, new employer pays since Nov): current cover through the new employer: from 2026-12-15 (S7 次月15日)
#   or "confirm"; never a day called covered before the sourced start; not 43号 (same city).
echo "=== N3"; en "shanghai, i was between jobs for 2 months, new job since november, company pays. am i covered now?\n"
# expect N4 (Cantonese, Shenzhen company folded, boss unreachable, 2 months owed, surgery next week): gone path; next week not settled /
#   not covered; 12393 question about the employer's arrears (R17-M1).
echo "=== N4"; zh '深圳 公司執笠咗 老闆搵唔到人 仲欠我兩個月醫保 我下個禮拜要做手術\n'
# expect N5 (en, two questions: Shanghai flexible cost + back-pay of 3 missed months): at least 754.60 yuan/month (7546 × 10%, S9);
#   back-pay for individuals local → 12393; SH7 三(四) waiver (within 3 months after the stop) may be named.
echo "=== N5"; en "how much do i pay per month as a flexible worker in shanghai and can i back pay the 3 months i missed?\n"
# expect N6 (Shanghai, 62, 13 years employee, at retirement age): SH > 15 years (S7); may pay up to the required years (SH 16); lump/monthly
#   not specified; never "enough".
echo "=== N6"; zh '上海 我62了 职工医保交了13年 到退休年龄了 怎么办\n'
# expect N7 (en, Hangzhou college student, resident 2026 lapsed): resident/student; ZJ 23/31 (pay 2027 by 12-31 → 1 Jan) vs 38号 (3 + 1 months)
#   both named or "not settled"; never employee scheme.
echo "=== N7"; en "i'm a college student in hangzhou, my resident insurance lapsed for 2026 because i forgot, can i pay now and is there a wait?\n"
# expect N8 (Shanghai newborn last month, not enrolled, in hospital this month): newborn exempt from waiting (SH 17; 38号); cover from birth
#   local → 12393; never a flat "可以报销".
echo "=== N8"; zh '上海 宝宝上个月出生 还没办医保 这个月住院了能报吗\n'
# expect N9 (en, Anhui farmer at a Suzhou factory, never registered, pays rural scheme at home): SIL 58 (employer registers within 30 days),
#   SIL 84; one scheme at a time; national baseline; never a Suzhou figure as fact.
echo "=== N9"; en "i'm a farmer from anhui working at a factory in suzhou, factory never registered me for insurance, i pay the rural one back home. what should i do?\n"
# expect N10 (en, Hangzhou, "stopped paying in september, no sorry, october", doctor 11-20): correction applied (Oct); ZJ 28: stop 11-01;
#   11-20 in the suspension: reimbursed if the employer pays within the deadline, else the employer bears; never a flat "covered".
echo "=== N10"; en "hangzhou, my company stopped paying in september, no sorry, october. doctor on nov 20 covered?\n"
# expect N11 (zh sibling of D4: Shanghai, Nov unpaid, stay 12-10..12-20): split: 12-10..12-14 covered, 12-15..12-20 not covered.
echo "=== N11"; zh '上海 公司11月没交医保 我12月10号到20号住院 能报吗\n'
# expect N12 (en, used to work in Shenzhen, last 4 months unpaid, no leaving date): leaving date asked or stated as assumed; former employer;
#   own cover; GD estimate.
echo "=== N12"; en "used to work in shenzhen, the company didn't pay my medical insurance for my last 4 months there. what can i do?\n"
# expect N13 (Ningbo, left end of Oct, old company still owed 2 months, hospital 10-08): Sep–Oct arrears; ZJ 28: stop 10-01; 10-08 per ZJ 28
#   ¶3/¶4 (reimbursed if paid in time / employer bears); never a flat "不能报销" (R17-W1).
echo "=== N13"; zh '宁波 我走的时候老公司还欠着我两个月医保没交 我10月底走的 10月8号住院的钱能报吗\n'

########## Batch 3 (written after batch 2 ran, before batch 3 ran) ##########

##### siblings of batch-2 findings (leaving month vs arrears months; ranges; retired with short years) #####
# expect N13b (Hangzhou, quit end of Sep, Aug–Sep unpaid, bill 09-10): ZJ 28: stop 2026-09-01 → 09-10 in the suspension: reimbursed if
#   the former employer pays within the deadline, else the employer bears it (¶4); NEVER "可以正常报销" flat; never "不能报销" flat.
echo "=== N13b"; zh '杭州 我9月底辞职的 辞职前8月9月两个月公司没交医保 9月10号看病的钱能报吗\n'
# expect N13c (en, Ningbo, same facts, clinic 09-05): as N13b; never "covered" flat.
echo "=== N13c"; en "ningbo, quit at the end of september, my old company didn't pay august and september, is my sept 5 clinic bill covered?\n"
# expect A8c (en, Shanghai, quit end of Sep, Aug–Sep unpaid, doctor 09-20): first unpaid Aug → stop 2026-09-15 (SH7 三(三), S7) → 09-20 NOT
#   covered (SH 15); never "covered".
echo "=== A8c"; en "shanghai, i quit end of september, turned out they didn't pay august or september, i saw a doctor sept 20. covered?\n"
# expect D4b (en, Shanghai, Dec unpaid, stay 2027-01-12..01-18): stop 2027-01-15 → 12..14 covered, 15..18 not; never the whole stay "covered".
echo "=== D4b"; en "shanghai, company missed december, i'll be in hospital jan 12 to jan 18, covered?\n"
# expect D4c (Shanghai, unpaid from Oct, stay 11-01..11-20): stop 2026-11-15 → 11-01..11-14 covered, 11-15..11-20 not; never all "可以报销".
echo "=== D4c"; zh '上海 公司10月开始没交 我11月1号到11月20号住院了 能报吗\n'
# expect E7b (en, Ningbo mother retired last year with 12 years): ZJ 21: 20 years; 8 short → monthly or lump sum; never "nothing to pay".
echo "=== E7b"; en "my mom retired last year in ningbo, she only has 12 years of medical contributions, does she have to top up?\n"
# expect E7c (en, retired in Shanghai in 2025 with 11 years): SH > 15 years (S7); may pay up to the required years (SH 16); never "nothing to pay".
echo "=== E7c"; en "retired in shanghai in 2025 with 11 years of medical insurance paid, am i ok?\n"
# expect F5b (en, quitting in Hangzhou end of Dec, Shanghai job from Feb): gap Jan 2027 = 1 month ≤3 → 43号 ①: back-pay in Shanghai, retroactive;
#   never "your employer must pay" / "complain" (leaving is not arrears).
echo "=== F5b"; en "i'm quitting my job in hangzhou at the end of this month and starting a new one in shanghai in february, will i lose coverage?\n"
# expect Z1 (en, Hangzhou housewife, never insured): resident scheme (R17-M5); ZJ 23/31 (pay 2027 by 12-31 → 1 Jan) and 38号 first-enrolment
#   rules; never employee scheme/working age/my employer filled silently.
echo "=== Z1"; en "housewife in hangzhou, husband works, i have no insurance at all, what's the cheapest way to get covered?\n"
# expect Z2 (Zhanjiang, father 65, rural resident, "今年没交", asks Jan): resident; whether 2027 is covered depends on paying in the window and on
#   continuity (38号) → "not settled" or not covered; never "可以报销" flat; never employee scheme.
echo "=== Z2"; zh '我爸65岁 在湛江农村 一直交的新农合 今年没交 明年1月还能用吗\n'

##### follow-ups of batch-2 cases that stopped at a question #####
# expect A3c (A3b + 正常经营): SH leaver: stop 2026-11-15 (Oct–Nov arrears); press the former employer AND own cover (SH7 三(四) waiver by
#   about 2027-02-14, or resident); never only "书面要求单位补缴" as if still employed (R17-M2).
echo "=== A3c"; zh '上海 我上个月从公司离职了 离职前公司欠了两个月的医保没交 现在还没找到工作\n2个月\n1\n'
# expect A4c (A4b + "september"): covered through the new employer (same city; GD start unsourced → confirm); never "not before 2027".
echo "=== A4c"; en "guangzhou. switched jobs in september, my old company hadn't paid july and august. new company pays since september. am i covered now?\n6\nseptember\n"
# expect C4c (C4b + operating): ZJ 28 ¶3: paid within the deadline → the October bill is reimbursed (sourced).
echo "=== C4c"; en "ningbo, my employer got a notice from the tax office and paid the 2 months it owed within the deadline. can i claim the hospital bill from october?\nyes\nstill operating\n"
# expect C5c (C5b + "11月"): Beijing flexible back-pay: "not settled"; never "covered now".
echo "=== C5c"; zh '北京 自己交的医保断了两个月 上个礼拜已经补上了 现在能用了吗\n11月\n'
# expect D6c (D6b + 0 years back-paid): 38号 3 + 1 → Jan 2027 NOT covered.
echo "=== D6c"; en "my mom in foshan didn't pay her resident medical insurance for 2026, if we pay now can she use it for surgery next month?\n1\n0\n"
# expect D7c (D7b + 0): early Jan 2027 NOT covered (SH 17; 38号 3 + 1).
echo "=== D7c"; zh '上海 我爸72岁 居民医保今年忘交了 下个月初住院怎么办\n1\n0\n'
# expect F1c (F1b + "12月"): 43号 ①: gap ≤3 months, back-pay in Shanghai, from the payment month, retroactive; no waiting.
echo "=== F1c"; zh '从杭州换工作到上海 中间断了两个月医保 新公司12月开始交 现在看病能报吗\n2个月\n12月\n'
# expect N2b (N2 + "一年"): husband not covered now; own cover (flexible / resident); the 3 months before leaving are the former employer's.
echo "=== N2b"; zh '我老公的公司在广州 他去年12月离职 离职前公司欠了3个月没交 他一直没工作到现在 他生病能报吗\n一年\n'
# expect N3b (N3 + same city): Shanghai new employer since Nov: cover from 2026-12-15 (S7) or "confirm"; never a day before a sourced start "covered".
echo "=== N3b"; en "shanghai, i was between jobs for 2 months, new job since november, company pays. am i covered now?\nno\n"
# expect N5b (N5 + 3 months): SH flexible: gap 3 months; SH7 三(四) waiver within 3 months of the stop (else 6-month wait); back-pay local.
echo "=== N5b"; en "how much do i pay per month as a flexible worker in shanghai and can i back pay the 3 months i missed?\n3 months\n"
# expect N6b (N6 + 13 local years): SH > 15 years; short → may pay up to (SH 16); never "enough".
echo "=== N6b"; zh '上海 我62了 职工医保交了13年 到退休年龄了 怎么办\n13\n'
# expect N7b (N7 + 1 year): ZJ 23/31 vs 38号 (3 + 1) both named or "ask 12393"; never employee scheme.
echo "=== N7b"; en "i'm a college student in hangzhou, my resident insurance lapsed for 2026 because i forgot, can i pay now and is there a wait?\n1\n"
# expect N8b (N8 + 对): newborn; exempt from waiting; cover of this month's hospital stay local → 12393; never flat "可以报销".
echo "=== N8b"; zh '上海 宝宝上个月出生 还没办医保 这个月住院了能报吗\n对\n'

########## Batch 4 (written after batch 3 ran, before batch 4 ran) ##########
# expect N13c2 (N13c + this year): Aug–Sep former-employer arrears → ZJ 28 stop 2026-09-01 → 09-05 in the suspension: reimbursed if the
#   employer pays in time, else the employer bears it; NEVER "covered" flat.
echo "=== N13c2"; en "ningbo, quit at the end of september, my old company didn't pay august and september, is my sept 5 clinic bill covered?\n3\n"
# expect A8c2 (A8c + this year): first unpaid Aug → stop 2026-09-15 → 09-20 NOT covered (SH7 三(三), S7, SH 15); NEVER "covered".
echo "=== A8c2"; en "shanghai, i quit end of september, turned out they didn't pay august or september, i saw a doctor sept 20. covered?\n1\n"
# expect E7c2 (E7c + 11 local years): SH > 15 → short; may pay up to (SH 16); never "nothing to pay".
echo "=== E7c2"; en "retired in shanghai in 2025 with 11 years of medical insurance paid, am i ok?\n11\n"
# expect E7d (en, father retired in Wenzhou this year with 15 years): ZJ 21: 20 → 5 short, monthly or lump sum; never "nothing to pay back".
echo "=== E7d"; en "my father retired in wenzhou this year, he paid 15 years of employee medical insurance. does he need to pay anything else?\n"
# expect D6d (D6c + not sure about the window): 38号 3 + 1 → Jan 2027 NOT covered; never "covered".
echo "=== D6d"; en "my mom in foshan didn't pay her resident medical insurance for 2026, if we pay now can she use it for surgery next month?\n1\n0\nnot sure\n"
# expect D7d (D7c + 不确定): early Jan 2027 NOT covered (SH 17; 38号).
echo "=== D7d"; zh '上海 我爸72岁 居民医保今年忘交了 下个月初住院怎么办\n1\n0\n不确定\n'
# expect N2c (N2b + 正常经营): husband left Dec 2025 with no job since: not covered now; own cover first; never "应由单位补缴" as the whole answer.
echo "=== N2c"; zh '我老公的公司在广州 他去年12月离职 离职前公司欠了3个月没交 他一直没工作到现在 他生病能报吗\n一年\n1\n'
# expect N7c (N7b + 0): ZJ 23/31 vs 38号 named; never employee scheme.
echo "=== N7c"; en "i'm a college student in hangzhou, my resident insurance lapsed for 2026 because i forgot, can i pay now and is there a wait?\n1\n0\n"
# expect Z1b (Z1 + never insured): resident first enrolment; ZJ 23/31 / 38号; no silent employee-scheme default.
echo "=== Z1b"; en "housewife in hangzhou, husband works, i have no insurance at all, what's the cheapest way to get covered?\nnever insured\n"
# expect Z2b (Z2 + 1 year): 38号 3 + 1 (GD detail local) → Jan 2027 not covered or "not settled"; never "可以报销".
echo "=== Z2b"; zh '我爸65岁 在湛江农村 一直交的新农合 今年没交 明年1月还能用吗\n1\n'
# expect N13c3 (N13c2 + "still operating", the unit question it asked): as N13c2 — 09-05 never "covered" flat (stop 2026-09-01, ZJ 28).
echo "=== N13c3"; en "ningbo, quit at the end of september, my old company didn't pay august and september, is my sept 5 clinic bill covered?\n3\nstill operating\n"
