#!/usr/bin/env bash
# Audit round 12 re-check (AUDIT-ROUND12-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 runs the round-11 script with SKIP_R10=1 unless SKIP_R11=1.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法.
# Today is 2026-12-07 (Monday): "下周一" = 2026-12-14.
# "covered-if-paid" = "covered only if you pay / 只有按上面的时间缴费才能报销" (conditional, acceptable).
BJ=${BJ:-/tmp/bj-audit15}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R11:-}" != 1 ]; then
  echo "=== R11-SCRIPT (round11-recheck-cases.sh, SKIP_R10=1)"
  BJ="$BJ" SKIP_R10=1 bash "$(dirname "$0")/round11-recheck-cases.sh"
fi

########## 2a. R13-W1 siblings: benefit ENDED, worded many ways -> must never be read as "still drawing" ##########
# SIL 48 / ZJ 30 ¶1 cover only while benefit is drawn. After the end with no payment: ZJ 30 ¶2 / 29 ¶2 gap, SH7 三(三) no
# payment no benefit, 43 / GD 12 no benefit in the gap.
# expect (all W13-*): the December day is "not covered" (gap) or "not settled / ask 12393" or a question is asked;
#   NEVER "while you draw unemployment benefit … covered (SIL art. 48)" / "在领取失业保险金期间…可以按规定报销".
echo "=== W13-z1"; zh '温州 失业金早没了 12月21号住院能报吗\n'
echo "=== W13-z2"; zh '上海 失业金9月份就不发了 12月15号看病能报不\n'
echo "=== W13-z3"; zh '深圳 俺的失业金9月底就领完咯 下周一住院报销不\n'
echo "=== W13-z4"; zh '杭州 失夜金8月就结束了 后来没交过 12月10号看病能报吗\n'
echo "=== W13-z5"; zh '舟山 失业保险金已经停发了，8月份停的 12月21号住院能报吗\n'
echo "=== W13-e1"; en 'shanghai, no more unemployment money since september, hospital dec 15 covered?\n'
echo "=== W13-e2"; en 'hangzhou, benefit stopped coming in sept, doctor dec 10 ok?\n'
echo "=== W13-e3"; en 'guangzhou unemployment benfit is over, clinic dec 14?\n'
echo "=== W13-e4"; en 'ningbo my unemployment benefits have run out since august, hospital dec 20?\n'
echo "=== W13-e5"; en 'wuhan, unemployment benefit over in august, surgery dec 21 covered?\n'
echo "=== W13-e6"; en 'jinhua - jobless benefit ended already in aug, havent paid since. dec 18 hospital covered?\n'
# ask equivalents. expect: not covered (gap) or not settled; never covered.
echo "=== W13-ask-1"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --region shanghai --treatment-date 2026-12-15 --brief --lang en
echo "=== W13-ask-2"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --region 深圳 --treatment-date 2026-12-14 --brief
# control (benefit really runs): expect covered (SIL 48).
echo "=== W13-ctl"; en 'shenzhen, still getting unemployment benefit until march 2027, doctor dec 14 covered?\n'

########## 2b. R9-W1⁵ siblings: zh first message without a city, city typed when asked, then the resumption month ##########
# ZJ 30 ¶3 / 29 ¶2: resumption Oct -> 2026-12-01; Nov -> 2027-01-01.
# expect W15-1 (绍兴, Nov resumption): 2027-01-01; 2026-12-18 not covered (before resumption); never "从2026-11起断缴".
echo "=== W15-1"; zh '失业金9月领完了 12月18号看病能报不\n绍兴\n我11月份开始自己交的 灵活就业\n'
# expect W15-2 (温州, Oct resumption, dialect): 2026-12-01; 2026-12-20 covered-if-paid; never "从2026-10起断缴 … 2027-02-01起恢复".
echo "=== W15-2"; zh '失业金8月领完了 12月20号住院能报吗\n温州\n俺10月就自己接着交了\n'
# expect W15-ask: 2027-01-01; 12-18 not covered.
echo "=== W15-ask"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region 绍兴 --treatment-date 2026-12-18 --brief

########## 2c. R9-M1⁵ siblings: December enrolment in other words after a cross-city move ##########
# 43 ③ / GD 12: gap > 3 months -> wait <= 6 months; a December payment can run to 2027-06-30.
# expect (all M15): cap "at the latest" >= 2027-06-30; the late-June day "not settled"; never a cap before the day with covered-if-paid.
echo "=== M15-1"; zh '俺从东莞到长沙打工 断了5个月 12月老板给俺办上医保了 明年6月29号开刀能报不\n换了工作\n'
echo "=== M15-2"; en 'moved from suzhou to chengdu for work, 4 months gap, my new company got my medical insurance sorted in december, op on june 28 2027 covered?\n'
echo "=== M15-ask"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region 长沙 --treatment-date 2027-06-29 --brief

########## 2d. R13-M1 siblings: "公司12月帮我买了社保/医保" after a move must not become employer arrears ##########
# 43 ①–③ / GD 12: gap between jobs is a transfer gap; no source makes the new employer owe months before hiring.
# expect (all M13): never "应由单位补缴 / 请单位补缴" for the months before December; the late-June day not settled (or not covered); never covered outright.
echo "=== M13-1"; zh '从武汉到广州上班 断了5个月 新公司12月给我买了社保 明年6月27号住院能报吗\n'
echo "=== M13-2"; zh '从杭州换到南京工作 中间断了4个月 公司12月份帮我买了医保 明年6月30号手术能报不\n'
echo "=== M13-ask"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region 广州 --treatment-date 2027-06-27 --brief

########## 3. Regression: OK items of earlier rounds ##########
# expect REG12-1 (REG11-1): 2027-02-01; 2027-01-15 not covered.
echo "=== REG12-1"; ask --scheme employee --payer individual --gap-months 5 --gap-ended 2026-12 --region 温州 --treatment-date 2027-01-15 --brief
# expect REG12-2 (REG11-4): SH cover back 2027-04-15; 2027-04-14 not covered.
echo "=== REG12-2"; ask --scheme employee --payer individual --since 2026-05 --gap-ended 2026-10 --region shanghai --treatment-date 2027-04-14 --brief --lang en
# expect REG12-3 (P3): 温州 benefit gone in Aug -> 2026-12-21 not covered.
echo "=== REG12-3"; zh '温州 失业金8月就没了 12月21号住院能报吗\n'
# expect REG12-4 (B11-5): SH arrears paid 2026-12 -> back 2027-01-15; 2027-01-14 not covered.
echo "=== REG12-4"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --arrears-paid 2026-12 --region shanghai --treatment-date 2027-01-14 --brief --lang en

########## 5. Probes (written after §2–§4 ran, expectations first, committed before running) ##########
# W13-z1/z2/z5 recorded "断缴原因：正在领失业金" for an ENDED benefit and asked "失业保险金领到哪个月为止？".
# expect P1–P5: after the end month or "skip", the December day is not covered (gap) or not settled; NEVER
#   "在领取失业保险金期间…可以按规定报销（社会保险法第48条）" / "you are covered (SIL art. 48)".
echo "=== P1"; zh '温州 失业金早没了 12月21号住院能报吗\n不清楚\n'
echo "=== P2"; zh '上海 失业金9月份就不发了 12月15号看病能报不\n9月\n'
echo "=== P3"; zh '舟山 失业保险金已经停发了，8月份停的 12月21号住院能报吗\n8月\n'
echo "=== P4"; zh '温州 失业金早没了 12月21号住院能报吗\nc\n'
echo "=== P5"; zh '深圳 失业金早就没了 下周一看病能报不\nc\n'
# expect P6 (W13-e2 continued with the scheme): never covered (SIL 48); not covered or not settled.
echo "=== P6"; en 'hangzhou, benefit stopped coming in sept, doctor dec 10 ok?\n1\n'
# expect P7 (W15-2 follow-up worded "10月起自己接着交的 灵活就业"): Oct -> 2026-12-01 (ZJ 30 ¶3); 12-20 covered-if-paid.
echo "=== P7"; zh '失业金8月领完了 12月20号住院能报吗\n温州\n我10月起自己接着交的 灵活就业\n'
# P8–P12 (written after P1–P7 ran, expectations first, committed before running): other "benefit gone, month unknown" forms.
# expect P8–P12: never "在领取失业保险金期间…可以按规定报销" / "you are covered (SIL art. 48)"; not covered, not settled, or a question.
echo "=== P8"; zh '杭州 失业金老早就停了 12月10号看病能报吗\n不知道\n'
echo "=== P9"; zh '上海 失业金没了 12月15号看病能报吗\nc\n'
echo "=== P10"; en 'wenzhou, my unemployment money is gone already, hospital dec 21 covered?\ndont know\n'
echo "=== P11"; zh '温州 失业金早没了 12月21号住院能报吗\n早就没了 记不清几月\n'
echo "=== P12"; en 'shenzhen, unemployment benefit finished long ago, doctor dec 14 ok?\nnot sure\n'
