#!/usr/bin/env bash
# Audit round 10 re-check (AUDIT-ROUND10-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 runs the round-9 script (and with it the round-8 script unless SKIP_R8=1), with the same BJ.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法.
# Today is 2026-12-07 (Monday) throughout: "上周三/last wednesday" = 2026-12-02, "下周一" = 2026-12-14.
# "covered-if-paid" = "covered only if you keep paying / 只有按上面的时间缴费才能报销" (conditional, acceptable).
BJ=${BJ:-/tmp/bj-audit13}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R9:-}" != 1 ]; then
  echo "=== R9-SCRIPT (round9-recheck-cases.sh in full)"
  BJ="$BJ" SKIP_R8="${SKIP_R8:-}" bash "$(dirname "$0")/round9-recheck-cases.sh"
fi

########## 2a. R9-W1‴ siblings: Zhejiang ex-unemployment-benefit + resumption month ("I've paid since", follow-ups, benefit-end corrections) ##########
# ZJ 30 ¶3: resumption month M -> cover from the 1st of the 3rd natural month counting M (Oct -> 12-01, Nov -> 2027-01-01).
# expect W1c-1 (ZJ 绍兴, zh "11月起我自己又交上了"): Nov -> 2027-01-01; 2027-01-05 covered-if-paid; never "在断缴期间…不能报销".
echo "=== W1c-1"; zh '绍兴 失业金9月份领完的 11月起我自己又交上了 灵活就业 明年1月5号住院能报吗\n'
# expect W1c-2 (ZJ 台州, zh follow-up): Oct in 2nd msg -> 2026-12-01; 2026-12-15 covered-if-paid.
echo "=== W1c-2"; zh '台州 失业金领到8月 12月15号看病能报不\n我十月份就开始自己交了 灵活就业\n'
# expect W1c-3 (ZJ 杭州, zh past day "上周三"=2026-12-02): Oct -> 12-01; 2026-12-02 covered-if-paid; year 2026.
echo "=== W1c-3"; zh '杭州 失业金7月领完 我从10月开始自己交的灵活就业 上周三看的病能报吗\n'
# expect W1c-4 (ZJ 温州, en "Ive been paying myself … since Oct"): Oct -> 12-01; 2026-12-22 covered-if-paid.
echo "=== W1c-4"; en 'Wenzhou. unemployment pay finished in Aug, Ive been paying myself as freelancer since Oct. hospital dec 22?\n'
# expect W1c-5 (ZJ 金华, en follow-up "fyi I restarted … in november"): Nov -> 2027-01-01; 2027-01-12 covered-if-paid.
echo "=== W1c-5"; en 'Jinhua, my unemployment benefits ran out in September. Can I use insurance for a clinic visit on Jan 12?\nfyi I restarted paying as flexible employee in november\n'
# expect W1c-6 (ZJ 湖州, en correction): benefit still running to Feb -> ZJ 30 ¶1 / SIL 48: fund pays premiums -> 2026-12-20 covered; never "not covered".
echo "=== W1c-6"; en 'Huzhou, unemployment benefit ended in August, hospital Dec 20 covered?\nactually my unemployment benefit runs until february\n'
# expect W1c-7 (ZJ 嘉兴, zh correction): 失业金领到明年2月 -> 2026-12-20 covered; never "不能报销".
echo "=== W1c-7"; zh '嘉兴 失业金8月领完了 12月20号住院能报吗\n说错了 失业金要领到明年2月\n'
# expect W1c-8 (SH contrast, en "ive paid … since november"): SH7 三(四) ¶2 waiver (within 3 months of benefits stopping) unclear -> not settled or covered-if-paid; never covered outright.
echo "=== W1c-8"; en 'shanghai, unemployment benefit ended in september, ive paid as a freelancer since november, jan 8 covered?\n'
# ask equivalents. expect: as the chat siblings (W1c-1, W1c-4).
echo "=== W1c-ask-1"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region 绍兴 --treatment-date 2027-01-05 --brief
echo "=== W1c-ask-2"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --gap-ended 2026-10 --region 温州 --treatment-date 2026-12-22 --brief --lang en

########## 2b. R9-M1‴ siblings: cross-city job change, new employer enrolled in December, surgery late June 2027 ##########
# 43 ③ / GD 12: gap > 3 months -> local wait <= 6 months; a December payment can run the wait to 2027-06-30.
# expect (all M1c): cap "at the latest" >= 2027-06-30 (e.g. 2027-07-01); the late-June day is "not settled"; never
#   "只有按上面的时间缴费才能报销 / covered only if you pay" against a cap before the day; never covered outright.
echo "=== M1c-1"; zh '从宁波到成都上班 断了5个月 新公司12月给我办了社保 明年6月28号做手术能报吗\n'
echo "=== M1c-2"; zh '俺从东莞去了武汉 中间歇了4个多月 新老板12月份帮俺把医保弄上了 明年6月25号住院中不中\n'
# expect M1c-3 (follow-up names the December enrolment): same.
echo "=== M1c-3"; zh '从广州到北京工作 中间断了4个月 明年6月29号手术能报吗\n新单位是12月份给我办的医保\n'
echo "=== M1c-4"; en 'moved shenzhen -> changsha, 5 mo gap, new company got my insurance set up in december, knee surgery jun 27 2027 ok?\n'
# expect M1c-5 (en follow-up): same.
echo "=== M1c-5"; en 'relocated from hangzhou to wuhan, 4 months without insurance. next june 29 surgery covered?\nmy new employer put me on their medical insurance in dec\n'
# expect M1c-6 (GD destination): GD 12 ">3 months: city rules, wait <= 6 months" -> same.
echo "=== M1c-6"; en 'moved from chengdu to guangzhou, 4 months gap, new employer handled my social insurance in december, surgery june 28 next year?\n'
echo "=== M1c-ask-1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region 武汉 --treatment-date 2027-06-25 --brief
echo "=== M1c-ask-2"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region 长沙 --treatment-date 2027-06-27 --brief --lang en

########## 2c. R11-M1 siblings: a past treatment day must stay in the past (2026), never be moved to 2027 ##########
# expect T1 (national 长沙, zh "10月那次住院", 4-month gap, cross-city): 43 ① not met -> Oct 2026 gap day not covered; never "2027-10".
echo "=== T1"; zh '从武汉换到长沙上班 断了4个月 新单位11月把这几个月补上了 10月那次住院能报吗\n'
# expect T2 (national 成都, zh "上周三"=2026-12-02, 5-month gap ended Nov): 43 ③ -> 12-02 not covered or not settled; date 2026-12-02.
echo "=== T2"; zh '从北京跳槽到成都 中间断了5个月 上个月新单位交上了 上周三看的病能报吗\n'
# expect T3 (ZJ 宁波 flexible, zh "9月20号看的急诊"): ZJ 29 ¶2 -> 2026-09-20 in the gap, not covered; never 2027-09-20.
echo "=== T3"; zh '宁波灵活就业 断了3个月 11月开始重新交了 9月20号看的急诊能报吗\n'
# expect T4 (national 成都, en "hospital stay in october (oct 10)", 4 months, cross-city): 2026-10-10 not covered (or not settled); never 2027.
echo "=== T4"; en 'moved from guangzhou to chengdu, 4 months between jobs, new employer back paid them in november. can I get back the money for my hospital stay in october (oct 10)?\n'
# expect T5 (ZJ 杭州 flexible, en "last wednesday"): Nov resume -> 2027-01-01; 2026-12-02 not covered.
echo "=== T5"; en 'hangzhou freelancer, stopped paying june, restarted november. I saw a doctor last wednesday, covered?\n'
# expect T6 (GD 深圳->东莞, en follow-up, 2-month gap back-paid): GD 12 / 43 ① retroactive -> 2026-10-15 covered-if-paid-back; year 2026.
echo "=== T6"; en 'Shenzhen to Dongguan, 2 month gap, new employer back paid it in November\nwhat about the clinic visit on Oct 15 that I already paid for\n'
# expect T7 (SH unit arrears, en): SH7 三(三): costs while stopped not reimbursed -> 2026-09-20 not covered; never 2027.
echo "=== T7"; en 'shanghai, my employer stopped paying in august and paid it all back in november. can I claim my Sept 20 hospital bill?\n'
echo "=== T-ask-1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-11 --region 成都 --treatment-date 2026-12-02 --brief
echo "=== T-ask-2"; ask --scheme employee --payer individual --since 2026-06 --gap-ended 2026-11 --region 杭州 --treatment-date 2026-12-02 --brief --lang en

########## 3. New verdict "已恢复缴费 / You are paying again": must never imply cover before the sourced date ##########
# expect PA-1 (ZJ 杭州, month unknown, --paying-again): resumption month Oct..Dec -> cover 12-01 .. 2027-02-01; 2026-12-20 not settled / ask the month; never covered.
echo "=== PA-1"; ask --scheme employee --payer individual --gap-months 3 --paying-again --region 杭州 --treatment-date 2026-12-20 --brief
# expect PA-2 (same, en, 2027-02-01 = latest possible start): covered-if-paid or not settled; never "not covered" stated as certain? (either safe); no earlier date as certain.
echo "=== PA-2"; ask --scheme employee --payer individual --gap-months 3 --paying-again --region 杭州 --treatment-date 2027-02-01 --brief --lang en
# expect PA-3 (SH flexible, en): SH7 三(四) 6-month wait -> 2027-01-20 not covered (or not settled); never covered.
echo "=== PA-3"; ask --scheme employee --payer individual --gap-months 4 --paying-again --region shanghai --treatment-date 2027-01-20 --brief --lang en
# expect PA-4 (GD 深圳 cross-city 5 months): GD 12 wait <= 6 months -> 2027-01-10 not settled; never covered.
echo "=== PA-4"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --paying-again --region 深圳 --treatment-date 2027-01-10 --brief
# expect PA-5 (ZJ 温州, known month Dec): "已恢复缴费" with 2027-02-01; 2027-01-20 not covered.
echo "=== PA-5"; ask --scheme employee --payer individual --gap-months 2 --gap-ended 2026-12 --region 温州 --treatment-date 2027-01-20 --brief
# expect PA-6 (ZJ 宁波 ex-benefit, month unknown): 2026-12-20 not settled / ask month; never covered.
echo "=== PA-6"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --paying-again --region 宁波 --treatment-date 2026-12-20 --brief
# expect PA-7 (chat zh 杭州 "已经又开始交了", 下周一=2026-12-14): month unknown -> ask the month or not settled; never covered.
echo "=== PA-7"; zh '杭州 灵活就业 断了4个月 现在已经又开始交了 下周一看病能报吗\n'
# expect PA-8 (chat en 宁波): same, 2026-12-15.
echo "=== PA-8"; en 'ningbo freelancer, missed 3 months, but im paying again now. doctor on dec 15 ok?\n'
# expect PA-9 (chat zh SH): 6-month wait -> 2027-01-10 not covered / not settled; never covered.
echo "=== PA-9"; zh '上海 灵活就业 断了5个月 已经恢复缴费了 明年1月10号看病能报销吗\n'
# expect PA-10 (chat en 武汉 flexible): national, no rule -> not settled; never covered.
echo "=== PA-10"; en 'wuhan, self-employed, 4 month gap, started paying again. hospital jan 15 next year covered?\n'

########## 4. Regression: 8 OK items from earlier rounds (commands as in round 9) ##########
# expect REG10-1 (W10-ask-1): ZJ Dec -> 2027-02-01; 2027-01-15 not covered.
echo "=== REG10-1"; ask --scheme employee --payer individual --gap-months 5 --gap-ended 2026-12 --region 温州 --treatment-date 2027-01-15 --brief
# expect REG10-2 (W1b-4): ZJ 30 ¶3 Oct -> 2026-12-01; 12-20 covered-if-paid.
echo "=== REG10-2"; zh '湖州 失业金8月到期了 我10月份开始自己交灵活就业 12月20号住院报销吗\n'
# expect REG10-3 (W1b-ask-2): 2027-01-01; 01-08 covered-if-paid.
echo "=== REG10-3"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region zhejiang --treatment-date 2027-01-08 --brief
# expect REG10-4 (M1b-1): cap 2027-07-01 at the latest; 06-29 not settled.
echo "=== REG10-4"; en 'moved from hangzhou to chengdu, 4 months uninsured, my new employer signed me up in December. surgery on June 29 2027 covered?\n'
# expect REG10-5 (E2): same city -> not settled; no 43 ①.
echo "=== REG10-5"; en 'Chengdu, switched jobs within the city, 2 months in between, the new company back-paid those 2 months last month. Is Dec 20 covered?\nNo, the same city\n'
# expect REG10-6 (E6): 43 ① <= 3 months -> retroactive after back-pay; 10-20 covered-if-paid-back.
echo "=== REG10-6"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 3 --gap-ended 2026-12 --region 成都 --treatment-date 2026-10-20 --brief --lang en
# expect REG10-7 (N08/REG9-4): SH -> 2027-04-15; 04-14 not covered.
echo "=== REG10-7"; ask --scheme employee --payer individual --since 2026-05 --gap-ended 2026-10 --region shanghai --treatment-date 2027-04-14 --brief --lang en
# expect REG10-8 (N25/REG9-7): ZJ 28 stop 12-01; 11-30 covered.
echo "=== REG10-8"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region zhejiang --treatment-date 2026-11-30 --brief

########## 5. Fresh boundary cases ##########
# expect B10-1 (ZJ 29 ¶2, Nov resume): 2026-12-31 = day before cover -> not covered.
echo "=== B10-1"; ask --scheme employee --payer individual --gap-months 3 --gap-ended 2026-11 --region 杭州 --treatment-date 2026-12-31 --brief
# expect B10-2 (same, resume day 2027-01-01, en): covered-if-paid.
echo "=== B10-2"; ask --scheme employee --payer individual --gap-months 3 --gap-ended 2026-11 --region 杭州 --treatment-date 2027-01-01 --brief --lang en
# expect B10-3 (ZJ 28 ¶2 arrears since 2026-10): stop 2026-11-01; 2026-10-31 covered.
echo "=== B10-3"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --region 宁波 --treatment-date 2026-10-31 --brief
# expect B10-4 (same, stop day 2026-11-01): not covered now; covered only if the employer back-pays on time (ZJ 28 ¶2) / not settled; never covered outright.
echo "=== B10-4"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --region 宁波 --treatment-date 2026-11-01 --brief
# expect B10-5 (SH flexible, since 2026-06, resume 2026-11): 6-month wait -> ~2027-05-15; 2027-05-14 not covered.
echo "=== B10-5"; ask --scheme employee --payer individual --since 2026-06 --gap-ended 2026-11 --region shanghai --treatment-date 2027-05-14 --brief --lang en
# expect B10-6 (43 ③ ceiling, cross-city 4 months, Dec): 2027-06-30 not settled (inside a possible 6-month wait); cap >= 06-30 "at the latest".
echo "=== B10-6"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region 北京 --treatment-date 2027-06-30 --brief
# expect B10-7 (43 ①, exactly 3 months, gap day 2026-09-30): retroactive after back-pay -> covered-if-paid-back; never "not covered" as final, never covered outright.
echo "=== B10-7"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 3 --gap-ended 2026-12 --region 北京 --treatment-date 2026-09-30 --brief --lang en

########## 6. Follow-up probes (added after the first run of §2–§5; each committed with its expectation before it ran) ##########
# expect Q1 (M1c-5 with the year answered first): gap 4 months kept; 2027-06-29 not settled (43 ③); never "Gap: 0 months / Nothing to pay back".
echo "=== Q1"; en 'relocated from hangzhou to wuhan, 4 months without insurance. next june 29 surgery covered?\nnext year\nmy new employer put me on their medical insurance in dec\n'
# expect Q2 (zh form of M1c-5): same; never "没有断缴 / 0个月".
echo "=== Q2"; zh '从杭州调到武汉 断了4个月 明年6月29号手术能报吗\n新单位12月给我上了医保\n'
# expect Q3 (unambiguous date, then the enrolment follow-up): same.
echo "=== Q3"; en 'hangzhou to wuhan, 4 months without insurance, surgery on 2027-06-29 covered?\nmy new employer put me on their medical insurance in dec\n'
# expect Q4 (T4 + "this year"): 2026-10-10 in a 4-month gap -> not covered (43 ① not met) or not settled; never 2027; never covered-if-paid for the gap day.
echo "=== Q4"; en 'moved from guangzhou to chengdu, 4 months between jobs, new employer back paid them in november. can I get back the money for my hospital stay in october (oct 10)?\nthis year\n'
# expect Q5 (T7 + "this year"): SH7 三(三): 2026-09-20 not covered.
echo "=== Q5"; en 'shanghai, my employer stopped paying in august and paid it all back in november. can I claim my Sept 20 hospital bill?\nthis year, already past\n'
# expect Q6 (zh E5 + "今年的"): 2026-10-15 not covered; never 2027.
echo "=== Q6"; zh '从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 10月15号看病能报吗\n今年的\n'
# expect Q7 (PA-8 + "not sure"): month unknown -> not settled; never covered.
echo "=== Q7"; en 'ningbo freelancer, missed 3 months, but im paying again now. doctor on dec 15 ok?\nnot sure\n'
# expect Q8 (PA-7 + "不记得了"): 不确定; never 可以报销.
echo "=== Q8"; zh '杭州 灵活就业 断了4个月 现在已经又开始交了 下周一看病能报吗\n不记得了\n'
# expect Q9 (--paying-again, SH flexible, no day, en): must not say cover is back now; date depends on the resumption month (6-month wait).
echo "=== Q9"; ask --scheme employee --payer individual --gap-months 4 --paying-again --region shanghai --brief --lang en
# expect Q10 (--paying-again, ZJ flexible, no day, zh): same.
echo "=== Q10"; ask --scheme employee --payer individual --gap-months 3 --paying-again --region 杭州 --brief
# expect Q11 (M1c-4 + "yes"): destination Changsha, cap >= 2027-06-30, 06-27 not settled; never covered-if-paid against an earlier cap.
echo "=== Q11"; en 'moved shenzhen -> changsha, 5 mo gap, new company got my insurance set up in december, knee surgery jun 27 2027 ok?\nyes, changsha\n'
# Q12–Q15: the year buttons answered by number (added after Q1–Q11 showed typed "this year/今年的/next year" are not understood).
# expect Q12 (Q4 + button "This year, 2026-10-10"): 2026-10-10 not covered or not settled (4-month gap, 43 ① not met); never covered-if-paid.
echo "=== Q12"; en 'moved from guangzhou to chengdu, 4 months between jobs, new employer back paid them in november. can I get back the money for my hospital stay in october (oct 10)?\n4\n'
# expect Q13 (Q6 + button 今年): 2026-10-15 不能报销 / 不确定.
echo "=== Q13"; zh '从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 10月15号看病能报吗\n3\n'
# expect Q14 (Q5 + button this year): SH7 三(三): 2026-09-20 not covered.
echo "=== Q14"; en 'shanghai, my employer stopped paying in august and paid it all back in november. can I claim my Sept 20 hospital bill?\n4\n'
# expect Q15 (Q1 with button "Next year", then the December enrolment): gap 4 kept; 2027-06-29 not settled; never "Gap: 0 months / Nothing to pay back".
echo "=== Q15"; en 'relocated from hangzhou to wuhan, 4 months without insurance. next june 29 surgery covered?\n6\nmy new employer put me on their medical insurance in dec\n'
# Q16–Q19: narrowing W1c-2, W1c-6 and M1c-2 (added after the first run; expectations before running).
# expect Q16 (W1c-2 with Arabic "10月份就"): ZJ 30 ¶3 Oct -> 2026-12-01; 2026-12-15 covered-if-paid.
echo "=== Q16"; zh '台州 失业金领到8月 12月15号看病能报不\n我10月份就开始自己交了 灵活就业\n'
# expect Q17 (W1c-2 with "十月份开始…的", no "就"): same.
echo "=== Q17"; zh '台州 失业金领到8月 12月15号看病能报不\n十月份开始自己交的\n'
# expect Q18 (W1c-6 with "next february"): SIL 48 / ZJ 30 ¶1 -> 2026-12-20 covered while on benefit.
echo "=== Q18"; en 'Huzhou, unemployment benefit ended in August, hospital Dec 20 covered?\nactually my unemployment benefit runs until next february\n'
# expect Q19 (M1c-2 without dialect, "帮我交上医保了"): cap >= 2027-06-30; 2027-06-25 not settled.
echo "=== Q19"; zh '从东莞去了武汉 断了4个月 新单位12月帮我交上医保了 明年6月25号住院能报吗\n'
