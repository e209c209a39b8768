#!/usr/bin/env bash
# Audit round 13 re-check (AUDIT-ROUND13-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 runs the round-12 script (which runs round 11's with SKIP_R10=1) unless SKIP_R12=1; SKIP_R11=1 is passed through.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日; SH = 上海市医疗保障条例;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法; 38 = 国办发〔2024〕38号 (居民等待期).
# Today is 2026-12-07 (Monday): "下周一"/"next monday" = 2026-12-14.
# "covered-if-paid" = "covered only if you pay / 只有按上面的时间缴费才能报销" (conditional, acceptable).
# "not settled" = "whether … is covered is not settled: ask 12393 / 能否报销还不确定" (acceptable wherever the sources leave it open).
BJ=${BJ:-/tmp/bj-audit16}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R12:-}" != 1 ]; then
  echo "=== R12-SCRIPT (round12-recheck-cases.sh, SKIP_R10=1)"
  BJ="$BJ" SKIP_R10=1 SKIP_R11="${SKIP_R11:-}" bash "$(dirname "$0")/round12-recheck-cases.sh"
fi

########## 2a. R13-W1′ siblings: benefit OVER, month unknown, the dialog carried on to its answer ##########
# SIL 48 / ZJ 30 ¶1 / SH art. 15 (S4) cover only "在领取失业保险金期间". Once it is over and nothing is paid: ZJ 30 ¶2–¶3 /
# 29 ¶2 gap; SH7 三(三) no payment no benefit; 43 / GD 12 no benefit in the gap.
# expect (all U*): the December day is "not covered" (gap), "not settled / ask 12393", or a question is still open;
#   NEVER "在领取失业保险金期间…可以按规定报销（社会保险法第48条）" / "while you draw unemployment benefit … covered (SIL art. 48)";
#   NEVER "无需补缴 / Nothing to pay back" as the verdict.
echo "=== U1"; zh '温州 失业金早没了 12月21号住院能报吗\n不清楚\n4个月\n'
echo "=== U2"; zh '杭州 失业金老早就停了 12月10号看病能报吗\n不知道\n不知道\n'
echo "=== U3"; en 'wenzhou, my unemployment money is gone already, hospital dec 21 covered?\ndont know\n5 months\n'
echo "=== U4"; en 'shenzhen, unemployment benefit finished long ago, doctor dec 14 ok?\nnot sure\nno idea\n'
echo "=== U5"; en 'hangzhou my jobless pay ran out a while back, havent paid anything since, clinic dec 16 ok?\nno idea\n'
echo "=== U6"; zh '俺是宁波的 那个失业金早就领完了嘛 后来也没交 就是想问问12月22号住院能不能报啊\n记不得了\n半年\n'
echo "=== U7"; zh '上海 失业金领完好久了 12月15号看病能报吗\n不记得\n5个月\n'
echo "=== U8"; en 'shanghai unemployment benefit stopped a few months back not sure when. hospital 15 dec ok?\nskip\nskip\n'
# n24: the month is in the message ("8月份停的"); expect: month kept (benefit to 2026-08), 12-21 not covered; at worst the month is asked.
echo "=== U9"; zh '舟山 失业保险金已经停发了，8月份停的 12月21号住院能报吗\n'
echo "=== U9e"; en 'taizhou, unemployment benefit stopped being paid, it stopped in august. surgery dec 21?\n'
echo "=== U10e"; en 'jiaxing - unemployment benefit ended, dont remember when, then i paid nothing. doctor dec 9 and dec 30, are both covered?\nnot sure\n'
# ask, benefit over in Aug (ZJ 30 ¶3 / 29 ¶2). expect: stopped 2026-09-01; 12-10 not covered.
echo "=== U-ask"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --region 杭州 --treatment-date 2026-12-10 --brief --lang en
# control (benefit still paid): expect covered (SIL 48).
echo "=== U-ctl"; zh '深圳 还在领失业金 领到明年3月 12月14号看病能报吗\n'

########## 2b. R9-W1⁶ siblings: "resumed paying" in other words (ZJ 30 ¶3: 3rd natural month counting the payment month) ##########
# expect R1, R2 (湖州, resumed Sept): cover from 2026-11-01; 12-18 covered-if-paid; never "不能报销 / not covered" for 12-18.
echo "=== R1"; zh '失业金7月领完了 12月18号看病能报不\n湖州\n9月份又自己续上了\n'
echo "=== R2"; en 'unemployment benefit ended in july, dec 18 doctor ok?\nhuzhou\nI started paying myself again in september as a freelancer\n'
# expect R3 (宁波, resumed Nov): cover from 2027-01-01; 12-28 not covered.
echo "=== R3"; en 'ningbo, benefits ran out in august, been paying on my own since november, hospital dec 28?\n'
# expect R4 (绍兴, resumed Nov, "重新交上了"): 2027-01-01; 12-28 not covered.
echo "=== R4"; zh '绍兴 失业金8月停了 11月份重新交上了 12月28号住院能报吗\n'
# expect R5 (ask): 2026-11-01; 12-18 covered-if-paid.
echo "=== R5"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-07 --gap-ended 2026-09 --region 湖州 --treatment-date 2026-12-18 --brief

########## 2c. Shanghai 15th-day stops (SH7 三(三) + S7 次月15日; SH art. 15: no cover while stopped, none retroactive) ##########
# expect S1: arrears from 2026-11 -> cover stops 2026-12-15; 12-14 is the day before: covered (stop still ahead, issue item 3;
#   whether paying first avoids the stop is a 12393 question).
echo "=== S1"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-14 --brief --lang en
# expect S2: same, 12-15 -> not covered (gap) unless paid; resumes the 15th of the month after full payment.
echo "=== S2"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-15 --brief
# expect S3: arrears from Oct -> stopped 2026-11-15; paid next month (Jan) -> back 2027-02-15; 2027-01-14 not covered (no retroactive).
echo "=== S3"; zh '上海 公司从10月开始没给交医保 老板说下个月补上 1月14号去看病能报吗\n'
# expect S4: arrears from Oct paid in full 2026-12-03 -> back 2027-01-15; 2027-01-15 covered (or covered-if-paid); never "from 2027-01-01".
echo "=== S4"; en 'shanghai. my company stopped paying in october, they paid everything back on dec 3. can i see a doctor on jan 15?\n'

########## 2d. Zhejiang / Guangdong waits ##########
# expect Z1 (ZJ 29 ¶2, flexible, gap from June, pays Dec): 3rd natural month counting Dec = 2027-02-01; 2027-02-01 covered-if-paid.
echo "=== Z1"; en 'hangzhou freelancer, stopped paying from june, want to start again this month, op on feb 1 2027?\n'
# expect Z2 (same, zh): 2027-01-31 not covered (before 2027-02-01).
echo "=== Z2"; zh '杭州 灵活就业 6月开始断的 这个月补上 1月31号手术能报吗\n'
# expect Z3 (ZJ 28, employer in arrears since Sept): fund suspended from the 2nd natural month; employer bears the benefits if it
#   stays unpaid; on-time catch-up -> reimbursed. 12-20: never plain "covered"; first step presses the employer (SIL 63, ZJ 28).
echo "=== Z3"; zh '温州 公司欠了3个月医保了 从9月开始 12月20号住院能报不\n'
# expect G1 (Guangzhou, same city, 5-month gap, new job Dec): waiting period set locally, <= 6 months (43 ③; GD 12 by analogy);
#   "at the latest" a cap, never "resumes on"; 2027-03-02 not settled.
echo "=== G1"; en 'guangzhou, gap of 5 months after leaving my job, new job in guangzhou from december, surgery march 2 2027 covered?\n'
# expect G2 (深圳, 2-month gap, new company pays from January): 43 ① / GD 12 (<=3 months: back-pay, retroactive) only on transfer;
#   2027-01-10 not settled or covered-if-paid; never plain "covered".
echo "=== G2"; zh '深圳 断了2个月 下个月新公司给交 1月10号看病能报吗\n'

########## 2e. Caps "at the latest" (issue item 1) ##########
# expect C1: 43 ③ cap: resumes_latest (at the latest) only; never "resumes on"; 2027-03-01 not settled.
echo "=== C1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region national --treatment-date 2027-03-01 --brief --lang en
# expect C2 (JSON of C1): "resumes_on" null or absent; a "resumes_latest" date.
echo "=== C2"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region national --treatment-date 2027-03-01 --format json | grep -E '"resumes_(on|latest)"|"verdict"'
# expect C3: cross-city 6 months gap, November enrolment: cap "at the latest"; April 2027 day not settled.
echo "=== C3"; en 'moved from chengdu to wuhan, 6 months without insurance, new employer started paying in november, hospital april 10 2027, covered?\n'
# expect C4 (self-payer moving into Zhejiang): ZJ 29 ¶2 (3rd natural month: 2027-02-01) and 43 (cap <= 6 months) both named,
#   not a plain yes (issue item 4); 2027-03-01 not settled or covered-if-paid; the cross-city fact not dropped.
echo "=== C4"; zh '灵活就业 从苏州搬到杭州 断了5个月 12月在杭州接着交了 3月1号看病能报吗\n'

########## 2f. Moves between cities with a short gap ##########
# expect M1 (GD 12 in-province, gap 2 months <= 3): back-pay, cover from the payment month, gap retroactive; 12-20 covered-if-paid
#   (or not settled); never plain "not covered" without the back-pay route.
echo "=== M1"; en 'moved from guangzhou to shenzhen for a new job, 2 month gap, new job pays from december, doctor dec 20?\n'
# expect M2 (into Shanghai, gap 2 months): 43 ① (payment month, retroactive) vs SH art. 15 / SH7 三(三) (next month's 15th, no
#   retroactive) both named; 12-20 not settled; never a plain yes.
echo "=== M2"; zh '从杭州跳槽到上海 中间断了2个月 12月新公司交上了 12月20号看病能报吗\n'

########## 2g. Employer gone (issue item 5: enrol yourself now) ##########
# expect E1: first step = enrol/pay yourself now (flexible worker) + complaint/claim route; 2027-01-05 never covered.
echo "=== E1"; en 'my factory in dongguan closed and the boss ran off, no insurance paid since august, what do i do and will hospital on jan 5 be covered?\n'
# expect E2 (ZJ): first step enrol yourself; ZJ 29 ¶2 wait (Dec payment -> 2027-02-01); January day not covered.
echo "=== E2"; zh '宁波 厂子倒闭了 老板跑路了 9月开始就没交医保 我现在咋办 1月20号看病能报吗\n'

########## 2h. First enrolment (issue item 11) ##########
# expect F1 (ZJ 29 ¶1: from the 2nd natural month of registration; Dec registration -> 2027-01-01 counting Dec as the 1st):
#   2027-01-15 covered-if-paid; a later date only with a reason.
echo "=== F1"; ask --first-enrolment --scheme employee --payer individual --region 杭州 --treatment-date 2027-01-15 --brief --lang en
# expect F2 (Shanghai flexible first enrolment: SH7 三(四) 6-month wait, a fixed wait not a ceiling; personal account from next month).
echo "=== F2"; en 'never had medical insurance before, i freelance in shanghai, want to join now. when can i use it for hospital?\n'
# expect F3 (Guangzhou first enrolment): when cover starts is not in the sources -> "ask 12393"; no invented date.
echo "=== F3"; zh '广州 我以前从来没买过医保 现在自己交 啥时候能报销\n'

########## 2i. Resident scheme calendar (issue item 6; ZJ 23, 31; SH 17; 38 waiting) ##########
# expect RS1 (杭州, broken 1 year, enrolling now, no --in-window): never requires --in-window; 38: not continuous -> fixed 3 + 1;
#   2027-01-10 not covered or not settled; names next year's deadline 2026-12-31 (ZJ 23).
echo "=== RS1"; ask --scheme resident --broken-years 1 --region 杭州 --treatment-date 2027-01-10 --brief --lang en
# expect RS2 (zh chat, same facts): not covered / not settled on 2027-01-05; never covered outright.
echo "=== RS2"; zh '杭州 居民医保 今年没交 明年的现在交 1月5号看病能报吗\n'
# expect RS3 (continuous, 2027 premium paid 2026-12-07, before 12-31): ZJ 23 + 31 ¶1 -> covered from 2027-01-01; 2027-01-03 covered.
echo "=== RS3"; en 'wenzhou resident insurance, never missed a year, just paid the 2027 premium today, hospital jan 3 2027 ok?\n'
# expect RS4 (Shanghai resident, broken 2 years): SH 17 outside window -> after the wait; 38: 3 + 2 months (repairable);
#   2027-02-10 not covered or not settled; never covered outright.
echo "=== RS4"; zh '上海 城乡居民医保 断了两年 现在补交 明年2月10号看病能报吗\n'

########## 2j. Employee -> resident switch in Shanghai (issue item 2: the 15th) ##########
# expect SW1: employee cover (first unpaid month 2026-11) stops 2026-12-15 (S7); 12-14 covered; no "no source gives the day".
echo "=== SW1"; ask --scheme resident --prior-scheme employee --continuous-years 3 --since 2026-11 --region shanghai --treatment-date 2026-12-14 --brief --lang en

########## 2k. Corrections, two questions, pinyin ##########
# expect X1 (correction to Sept; resumed Nov; ZJ 29 ¶2): gap since 2026-09; cover from 2027-01-01; 2027-01-10 covered-if-paid.
echo "=== X1"; en 'hangzhou flexible worker, gap since august, no wait since september, started paying again in november. doctor jan 10?\n'
# expect X2 (ZJ 28, two questions): not plain covered; employer's duty / complaint route; whether the person may pay it themself
#   is not in the sources (ask 12393) or answered as flexible-worker enrolment.
echo "=== X2"; zh '温州 公司9月起欠费没交医保 我能自己补吗 另外12月20号住院能报吗\n'
# expect X3 (pinyin): read or a question; never a date claim on unread facts.
echo "=== X3"; en 'wo zai shanghai ling huo jiu ye, duan le 2 ge yue, 1 yue 20 hao kan bing neng bao ma\n'
# expect X4 (voice run-on, Shanghai flexible, stopped Oct, pays again now in Dec): SH7 三(四) waiver within 3 months of the stop
#   (stop 2026-11-15 -> window to 2027-02-14) or the 6-month wait; 2026-12-20 never covered (no payment for Dec cover yet).
echo "=== X4"; zh '我在上海是灵活就业的嘛然后10月份开始就没交了现在想这个月接着交那我12月20号去医院能报吗还是要等\n'

########## 3. Regression: OK items of round 12 ##########
# expect REG13-1 (REG12-1): 2027-02-01; 2027-01-15 not covered.
echo "=== REG13-1"; ask --scheme employee --payer individual --gap-months 5 --gap-ended 2026-12 --region 温州 --treatment-date 2027-01-15 --brief
# expect REG13-2 (W13-e1): SH benefit to Sept -> stopped 2026-11-15; 12-15 not covered.
echo "=== REG13-2"; en 'shanghai, no more unemployment money since september, hospital dec 15 covered?\n'
# expect REG13-3 (M13-1): 最晚2027-07-01; 2027-06-27 not settled; never 应由单位补缴.
echo "=== REG13-3"; zh '从武汉到广州上班 断了5个月 新公司12月给我买了社保 明年6月27号住院能报吗\n'
# expect REG13-4 (W15-ask): 2027-01-01; 2026-12-18 not covered.
echo "=== REG13-4"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region 绍兴 --treatment-date 2026-12-18 --brief

########## 5. Probes (written after §2–§3 ran, expectations first, committed before running) ##########
# U8 and U10e ("benefit stopped/ended, don't know when" + a December treatment day) recorded "benefit up to 2026-12" and
# answered "covered (SIL art. 48)". Siblings:
# expect P1–P5: never "while you draw unemployment benefit … covered (SIL art. 48)" / "在领取失业保险金期间…可以按规定报销";
#   never a benefit end month taken from the treatment day; not covered, not settled, or a question.
echo "=== P1"; en 'shanghai unemployment benefit stopped a few months back, hospital dec 15?\n'
echo "=== P2"; zh '嘉兴 失业金停了 记不清啥时候停的 之后没交 12月9号看病能报吗\n'
echo "=== P3"; en 'wuhan, unemployment benefit ended, dont know the month. doctor dec 21 ok?\n'
echo "=== P4"; en 'jiaxing, unemployment benefit ended, dont remember when. doctor jan 9?\n'
echo "=== P5"; zh '上海 失业金不发了 也不知道哪个月停的 12月15号住院能报吗\n'
# expect P6 (U2 continued, every question answered "don't know"): never covered (SIL 48).
echo "=== P6"; zh '杭州 失业金老早就停了 12月10号看病能报吗\n不知道\n不知道\n不知道\n跳过\n'
# Continuations of chats that stopped at a question in §2 (same expectations as their §2 case):
# expect P7 (S3 + unit operating): stop 2026-11-15; no past "2026-01" payment month used as fact; 2027-01-14 not covered.
echo "=== P7"; zh '上海 公司从10月开始没给交医保 老板说下个月补上 1月14号去看病能报吗\n正常经营\n'
# expect P8 (S4 + operating): arrears paid 2026-12 -> back 2027-01-15; the asked day is 2027-01-15 (covered / covered-if-paid);
#   12-03 is the payment day, not the treatment day.
echo "=== P8"; en 'shanghai. my company stopped paying in october, they paid everything back on dec 3. can i see a doctor on jan 15?\nstill operating\n'
# expect P9, P10 (ZJ 28 + operating): never plain "covered"; fund suspended from the 2nd natural month (2026-10-01); employer
#   bears / reimbursed if it pays within the deadline; first step presses the employer.
echo "=== P9"; zh '温州 公司欠了3个月医保了 从9月开始 12月20号住院能报不\n正常经营\n'
echo "=== P10"; zh '温州 公司9月起欠费没交医保 我能自己补吗 另外12月20号住院能报吗\n正常经营\n'
# expect P11 (G1 + 5): wait set by Guangzhou, <= 6 months as a cap "at the latest"; 2027-03-02 not settled.
echo "=== P11"; en 'guangzhou, gap of 5 months after leaving my job, new job in guangzhou from december, surgery march 2 2027 covered?\n5\n'
# expect P12 (G2 + job change): 2027-01-10 not settled or covered-if-paid; never plain covered.
echo "=== P12"; zh '深圳 断了2个月 下个月新公司给交 1月10号看病能报吗\n换了工作\n'
# expect P13 (C3 + yes): cap "at the latest"; 2027-04-10 not settled.
echo "=== P13"; en 'moved from chengdu to wuhan, 6 months without insurance, new employer started paying in november, hospital april 10 2027, covered?\nyes\n'
# expect P14 (C4 + 对): ZJ 29 ¶2 and 43 both; 2027-03-01 not settled or covered-if-paid; never plain yes without naming both.
echo "=== P14"; zh '灵活就业 从苏州搬到杭州 断了5个月 12月在杭州接着交了 3月1号看病能报吗\n对\n'
# expect P15 (M1 + yes): GD 12 (<= 3 months: back-pay, from the payment month, retroactive): 12-20 covered-if-paid or not settled.
echo "=== P15"; en 'moved from guangzhou to shenzhen for a new job, 2 month gap, new job pays from december, doctor dec 20?\nyes\n'
# expect P16 (M2 + 对): 43 ① vs SH art. 15 / SH7 三(三) both named; 12-20 not settled; never a plain yes.
echo "=== P16"; zh '从杭州跳槽到上海 中间断了2个月 12月新公司交上了 12月20号看病能报吗\n对\n'
# expect P17 (E1 + 4 months): first step enrol yourself now; 2027-01-05 not covered or not settled.
echo "=== P17"; en 'my factory in dongguan closed and the boss ran off, no insurance paid since august, what do i do and will hospital on jan 5 be covered?\n4 months\n'
# expect P18 (RS1 with --repay-years 0): 38 wait 3+1 -> 2027-01-10 not covered or not settled; ZJ 23 deadline 2026-12-31 named.
echo "=== P18"; ask --scheme resident --broken-years 1 --repay-years 0 --region 杭州 --treatment-date 2027-01-10 --brief --lang en
# expect P19 (RS2 + 1年 + 0): same, zh.
echo "=== P19"; zh '杭州 居民医保 今年没交 明年的现在交 1月5号看病能报吗\n1年\n0\n'
# expect P20, P21 (RS3, never missed, 2027 premium paid today): ZJ 23 + 31 ¶1 -> covered from 2027-01-01; 2027-01-03 covered.
#   A broken year or a waiting period for this person contradicts "never missed a year".
echo "=== P20"; en 'wenzhou resident insurance, never missed a year, just paid the 2027 premium today, hospital jan 3 2027 ok?\n0\n'
echo "=== P21"; zh '温州 居民医保 每年都交了 一年没断过 今天把2027年的交了 明年1月3号住院能报吗\n'
# expect P22 (RS4 + 0): SH 17 + 38 (3+2): 2027-02-10 not covered or not settled.
echo "=== P22"; zh '上海 城乡居民医保 断了两年 现在补交 明年2月10号看病能报吗\n0\n'

########## 6. Probes Q1–Q19 (written after P1–P22 ran, expectations first, committed before running) ##########
# expect Q1 (P8 + december): arrears paid 2026-12 -> back 2027-01-15 (SH7 三(三), S7); the asked day is 2027-01-15; never
#   "2026-12-03 … covered"; 12-03 (the payment day) read as a treatment day is a dropped fact.
echo "=== Q1"; en 'shanghai. my company stopped paying in october, they paid everything back on dec 3. can i see a doctor on jan 15?\nstill operating\ndecember\n'
# expect Q2 (P14 + 12月): ZJ 29 ¶2 (Dec -> 2027-02-01) and 43 ③ (cap) both named; 2027-03-01 not settled or covered-if-paid.
echo "=== Q2"; zh '灵活就业 从苏州搬到杭州 断了5个月 12月在杭州接着交了 3月1号看病能报吗\n对\n12月\n'
# expect Q3 (P16 + 12月): 43 ① (payment month, retroactive) vs SH art. 15 / SH7 三(三) (next month's 15th) both; 12-20 not settled.
echo "=== Q3"; zh '从杭州跳槽到上海 中间断了2个月 12月新公司交上了 12月20号看病能报吗\n对\n12月\n'
# expect Q4 (P11 + same city): Guangzhou wait not in the sources; never "resumes on" a date; 2027-03-02 not settled.
echo "=== Q4"; en 'guangzhou, gap of 5 months after leaving my job, new job in guangzhou from december, surgery march 2 2027 covered?\n5\nno\n'
# expect Q5 (P12 + same city): 2027-01-10 not settled or covered-if-paid; never plain covered.
echo "=== Q5"; zh '深圳 断了2个月 下个月新公司给交 1月10号看病能报吗\n换了工作\n不是\n'
# expect Q6–Q8 (resident, never broken, next year's premium paid before 12-31): ZJ 23 + 31 ¶1 -> covered from 2027-01-01;
#   no broken year recorded; no waiting period; the January day covered.
echo "=== Q6"; zh '温州 居民医保 每年都交了 一年没断过 今天把2027年的交了 明年1月3号住院能报吗\n0\n'
echo "=== Q7"; en 'hangzhou resident insurance, paid every single year, paid 2027 already last week, clinic jan 4 ok?\n'
echo "=== Q8"; zh '宁波 居民医保 连续交了5年没断 2027年的也交了 1月4号看病能报吗\n'
# expect Q9 (ask control): covered from 2027-01-01; 2027-01-03 covered.
echo "=== Q9"; ask --scheme resident --broken-years 0 --repay-years 0 --region 温州 --treatment-date 2027-01-03 --brief --lang en
# expect Q10–Q12 (43 ③ cap, counted the same way on every path: C1 gives Dec payment -> 2027-07-01 at the latest, so Nov -> 2027-06-01):
#   the day just before the counted cap is "not settled", never covered-if-paid.
echo "=== Q10"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 6 --gap-ended 2026-11 --region national --treatment-date 2027-05-31 --brief --lang en
echo "=== Q11"; en 'moved from chengdu to wuhan, 6 months without insurance, new employer started paying in november, hospital may 31 2027, covered?\nyes\n'
echo "=== Q12"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region national --treatment-date 2027-06-30 --brief --lang en
# expect Q13 (P22 + 0 + 不知道): SH 17 window without dates -> both ways; 2027-02-10 not covered or not settled.
echo "=== Q13"; zh '上海 城乡居民医保 断了两年 现在补交 明年2月10号看病能报吗\n0\n不知道\n'
# expect Q14–Q18 (benefit over, month unknown, a December day written "15 dec" or two December days): never covered (SIL 48);
#   never a benefit end month taken from a treatment day.
echo "=== Q14"; en 'shanghai, unemployment benefit stopped, not sure when. hospital 15 dec ok?\n'
echo "=== Q15"; en 'ningbo unemployment benefit is finished, no idea which month. doctor 21 dec?\n'
echo "=== Q16"; en 'hangzhou, my unemployment benefit ended, cant remember when. doctor dec 10 and dec 28?\n'
echo "=== Q17"; zh '杭州 失业金停了 不记得几月 12月10号和12月28号看病能报吗\n'
echo "=== Q18"; zh '深圳 失业金已经领完了 12月14号 12月30号 两次看病能报吗\n'
# expect Q19 (month given + two days): stopped 2026-09-01 (ZJ 30 ¶3 / 29 ¶2); both December days not covered.
echo "=== Q19"; en 'hangzhou, unemployment benefit ended in august, doctor dec 10 and dec 28?\n'

########## 7. Probes V1–V11 (written after Q1–Q19 ran, expectations first, committed before running) ##########
# U8 / U10e recur with "a few months back" / "then i paid nothing"; Q14–Q18 without those words ask the month.
# expect V1–V8: never "covered (SIL art. 48)" / "可以按规定报销（社会保险法第48条）"; never a benefit end month = the treatment month.
echo "=== V1"; en 'shanghai unemployment benefit stopped a few months back. hospital dec 15 ok?\n'
echo "=== V2"; en 'hangzhou, unemployment benefit ended a few months ago, doctor dec 10?\n'
echo "=== V3"; zh '杭州 失业金几个月前就停了 12月10号看病能报吗\n'
echo "=== V4"; en 'jiaxing - unemployment benefit ended, then i paid nothing. doctor dec 9?\n'
echo "=== V5"; en 'jiaxing - unemployment benefit ended, dont remember when, then i paid nothing. doctor dec 9?\n'
echo "=== V6"; zh '嘉兴 失业金停了 之后啥也没交 12月9号看病能报吗\n'
echo "=== V7"; en 'wenzhou unemployment benefit ran out, since then i paid nothing, hospital dec 21?\n'
echo "=== V8"; zh '温州 失业金领完了 从那以后一直没交 12月21号住院能报吗\n'
# expect V9–V11 (resident, never broken, next year paid before 12-31): covered from 2027-01-01 (ZJ 23, 31 ¶1); no wait.
echo "=== V9"; en 'hangzhou resident insurance, paid every single year, paid 2027 already last week, clinic jan 4 ok?\n0\n'
echo "=== V10"; zh '宁波 居民医保 连续交了5年没断 2027年的也交了 1月4号看病能报吗\n0年\n'
echo "=== V11"; en 'ningbo resident insurance, no break ever, paid for 2027 yesterday, hospital jan 2?\n'

########## 8. Probes W1–W8 (written after V1–V11 ran, expectations first, committed before running): pin U8 / U10e ##########
# expect all: never "covered (SIL art. 48)"; never "benefit up to 2026-12" when the person says it is over.
echo "=== W1"; en 'shanghai unemployment benefit stopped a few months back not sure when. hospital dec 15 ok?\n'
echo "=== W2"; en 'shanghai unemployment benefit stopped, not sure when. hospital 15 dec ok?\n'
echo "=== W3"; en 'hangzhou unemployment benefit stopped a few months back not sure when. doctor 10 dec ok?\n'
echo "=== W4"; en 'jiaxing - unemployment benefit ended, dont remember when, then i paid nothing. doctor dec 9 and dec 30, are both covered?\n'
echo "=== W5"; en 'jiaxing - unemployment benefit ended, dont remember when. doctor dec 9 and dec 30, are both covered?\n'
echo "=== W6"; en 'jiaxing - unemployment benefit ended. doctor dec 9 and dec 30?\n'
echo "=== W7"; zh '嘉兴 失业金停了 不记得啥时候 12月9号和12月30号看病都能报吗\n'
# expect W8 (benefit still paid, two dates): covered (SIL 48) is right here (control).
echo "=== W8"; en 'jiaxing - still on unemployment benefit until march 2027. doctor dec 9 and dec 30, are both covered?\n'
