#!/usr/bin/env bash
# Audit round 11 re-check (AUDIT-ROUND11-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 runs the round-10 script with SKIP_R9=1 (its §2–§5 only) unless SKIP_R10=1.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法.
# Today is 2026-12-07 (Monday) throughout: "下周一" = 2026-12-14, "明天/tomorrow" = 2026-12-08.
# "covered-if-paid" = "covered only if you keep paying / 只有按上面的时间缴费才能报销" (conditional, acceptable).
BJ=${BJ:-/tmp/bj-audit14}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R10:-}" != 1 ]; then
  echo "=== R10-SCRIPT (round10-recheck-cases.sh, SKIP_R9=1)"
  BJ="$BJ" SKIP_R9=1 bash "$(dirname "$0")/round10-recheck-cases.sh"
fi

########## 2a. R9-W1⁗ siblings: Zhejiang ex-benefit; "就开始…灵活就业" follow-ups; corrections moving benefit end into the future ##########
# ZJ 30 ¶3: resumption month Oct -> cover from 2026-12-01. SIL 48 / ZJ 30 ¶1: while benefit is drawn the fund pays -> covered.
# expect W1d-1 (丽水, zh dialect follow-up "俺10月份就开始自己交了 灵活就业的"): Oct -> 12-01; 2026-12-18 covered-if-paid; never "没有用到：缴费方式" or "不能报销".
echo "=== W1d-1"; zh '丽水 失业金领到8月 12月18号住院能报吗\n俺10月份就开始自己交了 灵活就业的\n'
# expect W1d-2 (衢州, zh correction "不对 失业金领到明年1月"): benefit runs to 2027-01 -> 2026-12-14 covered (SIL 48); never "情况没有变化" with "不能报销".
echo "=== W1d-2"; zh '衢州 失业金7月领完 下周一看病能报不\n不对 失业金领到明年1月\n'
# expect W1d-3 (舟山, en run-on correction "till march 2027"): 2026-12-21 covered (SIL 48); never "not covered", never a 2026-03 benefit end.
echo "=== W1d-3"; en 'zhoushan unemployment benefit over in august hospital dec 21 ok\nsorry my mistake, still on unemployment benefit till march 2027\n'
# expect W1d-4 (绍兴, en typo + follow-up "already started paying … back in october"): 12-01; 2026-12-16 covered-if-paid.
echo "=== W1d-4"; en 'Shaoxing, unemplyment benefit finished in july, doctor on dec 16 covered?\ni already started paying myself as flexible worker back in october\n'
# expect W1d-5 (region typed while asked, then "10月份就开始自己交了 灵活就业"): 宁波; 12-01; 2026-12-20 covered-if-paid.
echo "=== W1d-5"; zh '失业金8月领完了 12月20号住院能报吗\n宁波\n10月份就开始自己交了 灵活就业\n'
# expect W1d-6 (台州, en first message with future end "ends next february"): 2026-12-20 covered (SIL 48); never "not covered".
echo "=== W1d-6"; en 'Taizhou zhejiang, my unemployment benefit ends next february, hospital dec 20 covered?\n'
# expect W1d-7 (嘉兴, zh correction "我搞错了，失业金还在领，领到明年3月份"): covered.
echo "=== W1d-7"; zh '嘉兴 失业金9月领完了 12月22号看病能报吗\n我搞错了，失业金还在领，领到明年3月份\n'
# ask equivalents. expect: W1d-ask-1 covered (SIL 48); W1d-ask-2 12-01 covered-if-paid.
echo "=== W1d-ask-1"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2027-02 --region 湖州 --treatment-date 2026-12-20 --brief --lang en
echo "=== W1d-ask-2"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --gap-ended 2026-10 --region 丽水 --treatment-date 2026-12-18 --brief

########## 2b. R9-M1⁗ siblings: cross-city, December enrolment phrased differently, surgery late June 2027 ##########
# 43 ③ / GD 12: gap > 3 months -> wait <= 6 months; a December payment can run it to 2027-06-30.
# expect (all M1d): cap "at the latest" >= 2027-06-30; the late-June day "not settled"; never "covered only if you pay" against
#   a cap before the day (e.g. 2027-06-08); never covered outright.
echo "=== M1d-1"; zh '从苏州跳槽到郑州 断了5个月 12月份新公司给我把五险交上了 明年6月26号做手术行不行\n'
echo "=== M1d-2"; zh '俺从温州去合肥干活 歇了4个月 12月厂里给俺整上医保了 明年6月28号开刀能报不\n'
echo "=== M1d-3"; en 'switched from guangzhou to nanjing, about 4 months uninsured, hr enrolled me in medical insurance this december, operation planned june 27 2027, covered?\n'
echo "=== M1d-4"; en 'moved from hangzou to xian, 5 month gap, new boss got me insured in dec, surgery 2027-06-29 will it be covered\n'
# expect M1d-5 (GD destination): GD 12 -> same.
echo "=== M1d-5"; zh '从长沙到深圳上班 断了4个月 公司12月帮我买了社保 明年6月28号住院能报吗\n'
echo "=== M1d-ask-1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region 郑州 --treatment-date 2027-06-26 --brief
echo "=== M1d-ask-2"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region 南京 --treatment-date 2027-06-27 --brief --lang en

########## 2c. R12-M1 siblings: enrolment month typed while a question is pending must not erase the stated gap ##########
# expect (all M1e): the case keeps the stated gap (4/5 months); never "Gap: 0 months / 断缴0个月", never "Nothing to pay back / 无需补缴"
#   for a person who stated a > 3-month gap; the late-June 2027 day is "not settled" (43 ③); never covered outright.
echo "=== M1e-1"; en 'moved from ningbo to chengdu, 5 months without insurance, surgery on june 28 covered?\nnew company enrolled me in december\n'
echo "=== M1e-2"; zh '从杭州到武汉 断了4个月 6月29号手术能报吗\n新单位12月给我上的医保\n'
echo "=== M1e-3"; en 'moved from shenzhen to changsha, 4 month gap. knee op jun 27, covered?\nbtw hr signed me up in dec\n'
echo "=== M1e-4"; en 'relocated from guangzhou to beijing, 4 months no insurance. surgery june 30?\nnext year. new employer insured me in december\n'
echo "=== M1e-5"; zh '从宁波到成都 断了5个月 手术6月28号\n明年的 新公司12月份给我交上了\n'
echo "=== M1e-6"; en 'relocated from hangzhou to wuhan, 4 months without insurance. next june 29 surgery covered?\n2027\nmy new employer put me on their medical insurance in dec\n'
echo "=== M1e-ask-1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region 武汉 --treatment-date 2027-06-29 --brief --lang en

########## 2d. R12-M2 siblings: English benefits line with the resumption month unknown ##########
# SH7 三(四): 6-month wait; ZJ 29 ¶2: 3rd natural month. Someone who resumed recently may not be covered yet.
# expect (all M2x): no past-tense "cover came back / cover is back" without a month; neutral wording ("cover resumes on a day
#   set by…"); the day, if any, "not settled"; never covered outright. zh stays neutral.
echo "=== M2x-1"; ask --scheme employee --payer individual --gap-months 5 --paying-again --region shanghai --brief --lang en
echo "=== M2x-2"; ask --scheme employee --payer individual --gap-months 3 --paying-again --region 杭州 --lang en
echo "=== M2x-3"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --paying-again --region 深圳 --brief --lang en
echo "=== M2x-4"; en 'shanghai freelancer, 4 month gap, im paying again now\ndont remember\n'
echo "=== M2x-5"; en 'hangzhou self employed, missed 5 months, been paying again for a while, when is my cover back?\nno idea\n'
echo "=== M2x-6"; ask --scheme employee --payer individual --gap-months 4 --paying-again --region shanghai --brief
echo "=== M2x-7"; ask --scheme employee --payer individual --gap-months 4 --paying-again --region shanghai --format markdown --lang en

########## 3. Regression: OK items of earlier rounds ##########
# expect REG11-1 (REG10-1): 2027-02-01; 2027-01-15 not covered.
echo "=== REG11-1"; ask --scheme employee --payer individual --gap-months 5 --gap-ended 2026-12 --region 温州 --treatment-date 2027-01-15 --brief
# expect REG11-2 (REG10-2/W1b-4): 12-01; 2026-12-20 covered-if-paid.
echo "=== REG11-2"; zh '湖州 失业金8月到期了 我10月份开始自己交灵活就业 12月20号住院报销吗\n'
# expect REG11-3 (REG10-4/M1b-1): 2027-07-01 at the latest; not settled.
echo "=== REG11-3"; en 'moved from hangzhou to chengdu, 4 months uninsured, my new employer signed me up in December. surgery on June 29 2027 covered?\n'
# expect REG11-4 (REG10-7/N08): SH cover back 2027-04-15; 2027-04-14 not covered.
echo "=== REG11-4"; ask --scheme employee --payer individual --since 2026-05 --gap-ended 2026-10 --region shanghai --treatment-date 2027-04-14 --brief --lang en
# expect REG11-5 (REG10-8/N25): ZJ arrears since 2026-11 -> stop 2026-12-01; 2026-11-30 covered.
echo "=== REG11-5"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region zhejiang --treatment-date 2026-11-30 --brief
# expect REG11-6 (W1c-4): 12-01; 2026-12-22 covered-if-paid.
echo "=== REG11-6"; en 'Wenzhou. unemployment pay finished in Aug, Ive been paying myself as freelancer since Oct. hospital dec 22?\n'

########## 4. Fresh boundary cases (dates) ##########
# expect B11-1 (ZJ 29 ¶2, resumption Dec 2026 -> 3rd natural month 2027-02-01, year crossing): 2027-01-31 not covered.
echo "=== B11-1"; ask --scheme employee --payer individual --gap-months 2 --gap-ended 2026-12 --region 杭州 --treatment-date 2027-01-31 --brief
# expect B11-2 (same, 2027-02-01): covered-if-paid.
echo "=== B11-2"; ask --scheme employee --payer individual --gap-months 2 --gap-ended 2026-12 --region 杭州 --treatment-date 2027-02-01 --brief --lang en
# expect B11-3 (ZJ 28, arrears from 2026-12 -> suspended from 2nd natural month 2027-01-01, year crossing): 2026-12-31 covered.
echo "=== B11-3"; ask --scheme employee --payer unit --reason arrears --since 2026-12 --region 宁波 --treatment-date 2026-12-31 --brief
# expect B11-4 (non-existent day 2027-02-29): rejected / re-asked; never a verdict for 2027-02-29 or a silent shift to 03-01.
echo "=== B11-4"; ask --scheme employee --payer individual --gap-months 2 --gap-ended 2026-12 --region 杭州 --treatment-date 2027-02-29 --brief
# expect B11-5 (SH7 三(三) + S7 次月15日, unit arrears, arrears paid 2026-12 -> restart 2027-01-15): 2027-01-14 not covered (no retroactive cover).
echo "=== B11-5"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --arrears-paid 2026-12 --region shanghai --treatment-date 2027-01-14 --brief --lang en
# expect B11-6 (43 ③ cap, gap-ended 2026-12, day 2027-07-01 = on/after the latest date): covered-if-paid or not settled; never covered outright.
echo "=== B11-6"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region 武汉 --treatment-date 2027-07-01 --brief
# expect B11-7 (chat "明天" = 2026-12-08, SH flexible, gap 2 months, not resumed): not covered (SH7 三(三)) or not settled; never covered.
echo "=== B11-7"; zh '上海 灵活就业 断了2个月 还没补 明天看病能报吗\n'

########## 5. Probes (written after §2–§4 ran, expectations first, committed before running) ##########
# P1–P4: "benefit over / was over / 就没了" = benefit ENDED (ZJ 30: gap after the end; no SIL 48 cover).
# expect P1–P4: the day is "not covered" (gap) or "not settled"; never "while you draw unemployment benefit … covered".
echo "=== P1"; en 'zhoushan unemployment benefit over in august hospital dec 21 ok\n'
echo "=== P2"; en 'Ningbo, my unemployment benefit was over in September. clinic dec 15 covered?\n'
echo "=== P3"; zh '温州 失业金8月就没了 12月21号住院能报吗\n'
echo "=== P4"; en 'hangzhou, unemployment benefits are over since august, doctor dec 10?\n'
echo "=== P4b"; en 'zhoushan, unemployment benefit over in august, no payments since. hospital dec 21 covered?\n'
# P5/P6: region typed while asked, then the resumption month (W1d-5 mechanism). expect: Oct -> 12-01 (ZJ 30 ¶3); 12-20 covered-if-paid;
#   never "2027-02-01起恢复 按本月缴费计" as if not paying yet.
echo "=== P5"; zh '失业金8月领完了 12月20号住院能报吗\n宁波\n10月开始自己交了\n'
echo "=== P6"; en 'unemployment benefit ended in august, hospital dec 20 covered?\nningbo\ni have paid as a freelancer since october\n'
# P7–P10: M1d/M1e chats completed with the answer to the pending question. expect: cap >= 2027-06-30; late-June day not settled;
#   never "Gap: 0 months", never "covered only if you pay" against a cap before the day.
echo "=== P7"; zh '俺从温州去合肥干活 歇了4个月 12月厂里给俺整上医保了 明年6月28号开刀能报不\n换了工作\n'
echo "=== P8"; zh '从长沙到深圳上班 断了4个月 公司12月帮我买了社保 明年6月28号住院能报吗\n4个月\n'
echo "=== P9"; zh '从杭州到武汉 断了4个月 6月29号手术能报吗\n新单位12月给我上的医保\n4个月\n'
echo "=== P10"; en 'moved from hangzou to xian, 5 month gap, new boss got me insured in dec, surgery 2027-06-29 will it be covered\nI changed jobs\n'
echo "=== P11"; en 'moved from shenzhen to changsha, 4 month gap. knee op jun 27, covered?\nbtw hr signed me up in dec\n1\n'
# P12–P19 (written after P1–P11 ran, expectations first, committed before running).
# expect P12–P15 (benefit ENDED, worded "over / done / 到头了"): not covered or not settled; never "covered (SIL art. 48)".
echo "=== P12"; en 'jiaxing. my unemployment benefit is over, it was over in september. hospital on dec 18 covered?\n'
echo "=== P13"; en 'wenzhou, unemployment benefit done in august, doctor dec 14?\n'
echo "=== P14"; zh '湖州 失业金8月份就到头了 12月20号住院能报吗\n'
echo "=== P15"; en 'shanghai, my unemployment benefit was over in august, clinic dec 21 ok?\n'
echo "=== P15-ask"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --region 舟山 --treatment-date 2026-12-21 --brief --lang en
# expect P16 (P8 completed): cross-city + Dec enrolment -> late-June 2027 day not settled; employer-arrears path must not call it covered.
echo "=== P16"; zh '从长沙到深圳上班 断了4个月 公司12月帮我买了社保 明年6月28号住院能报吗\n4个月\n正常经营\n'
# expect P17–P18 (other December-enrolment wordings): not settled; cap >= 2027-06-30.
echo "=== P17"; zh '俺从温州去合肥干活 换了工作 歇了4个月 12月厂里给俺整上医保了 明年6月28号开刀能报不\n'
echo "=== P18"; en 'moved from ningbo to hefei for a new job, 4 months gap, the factory sorted out my medical insurance in december, surgery june 28 2027 covered?\n'
# P19–P23 (written after P12–P18 ran, expectations first, committed before running).
# expect P19–P23 (benefit ENDED, other regions and wordings): not covered or not settled; never "covered (SIL art. 48)".
echo "=== P19"; en 'shenzhen, unemployment benefit over in august, doctor dec 21 ok?\n'
echo "=== P20"; en 'Shanghai - unemployment benefits are over since september. hospital dec 15?\n'
echo "=== P21"; en 'wuhan unemployment benefit finished august, no insurance since, clinic on dec 9 covered?\n'
echo "=== P22"; zh '宁波 失业金8月份就停了 12月20号住院能报吗\n'
echo "=== P23"; en 'ningbo unemployment benefit over in aug. dec 20 hospital?\nno I havent paid anything since\n'
