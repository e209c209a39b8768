#!/usr/bin/env bash
# Audit round 9 re-check (AUDIT-ROUND9-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 is the whole round-8 script (round8-recheck-cases.sh), run with the same BJ.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法. Today is 2026-12-07 throughout.
BJ=${BJ:-/tmp/bj-audit12}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R8:-}" != 1 ]; then
  echo "=== R8-SCRIPT (round8-recheck-cases.sh in full)"
  BJ="$BJ" bash "$(dirname "$0")/round8-recheck-cases.sh"
fi

########## 2a. R10-W1 siblings: a follow-up naming the resumption month when the first message had none ##########
# The stated gap must stay; the follow-up is the resumption month. Never "0 months / nothing unpaid / 没有断缴 … 可以正常报销".
# expect W10-1 (ZJ 温州, zh): Dec resumption -> ZJ 29 ¶2 -> 2027-02-01; 2027-01-15 NOT covered.
echo "=== W10-1"; zh '温州灵活就业 断了5个月 明年1月15号住院能报吗\n这个月开始的\n'
# expect W10-2 (ZJ 宁波, zh dialect): resumption Nov ("上个月开始又交上了") -> 2027-01-01; 2027-01-10 covered-if-paid; gap kept (never "没有断缴").
echo "=== W10-2"; zh '俺是宁波的 自己交社保的 断了三个月 下个月10号要住院 能报不\n上个月开始又交上了\n'
# expect W10-3 (ZJ 宁波, en): "since last week" = Dec -> 2027-02-01; 2027-01-25 NOT covered.
echo "=== W10-3"; en 'ningbo self employed, stopped paying in july, doctor on jan 25?\nsince last week\n'
# expect W10-4 (ZJ 杭州, en typos): "what if I pay now" = Dec -> 2027-02-01; 2027-01-20 NOT covered; never covered.
echo "=== W10-4"; en 'hangzhuo freelancer 3 months gap hosptial jan 20\nok and what if I pay now\n'
# expect W10-5 (SH, en): SH7 三(四) 6-month wait (gap 5 months, no waiver) -> cover not before ~2027-06; 2027-02-10 NOT covered / not settled; never covered.
echo "=== W10-5"; en 'shanghai freelancer, 5 month gap, surgery feb 10 next year?\nthis month\n'
# expect W10-6 (national 成都, zh): no rule for a non-transfer flexible gap -> not settled / ask 12393; never covered.
echo "=== W10-6"; zh '成都 灵活就业 断了4个月 明年2月10号看病能报吗\n这个月\n'
# expect W10-7 (GD 深圳, zh): GD/43 ③ do not settle a non-transfer gap -> not settled; never covered.
echo "=== W10-7"; zh '深圳 自己交的职工医保 断了5个月 明年1月20号能报吗\n这个月开始的\n'
# expect W10-8 (national mover, en): 43 ③ wait <= 6 months from Dec -> cap "at the latest" >= 2027-06-30; 2027-03-01 not settled; never covered.
echo "=== W10-8"; en 'moved from guangzhou to chengdu, 4 months no insurance, operation march 1 next year covered?\nnew job, they started this month\n'
# ask equivalents. expect: as the chat siblings.
echo "=== W10-ask-1"; ask --scheme employee --payer individual --gap-months 5 --gap-ended 2026-12 --region 温州 --treatment-date 2027-01-15 --brief
echo "=== W10-ask-2"; ask --scheme employee --payer individual --since 2026-07 --gap-ended 2026-12 --region 宁波 --treatment-date 2027-01-25 --brief --lang en
echo "=== W10-ask-3"; ask --scheme employee --payer individual --gap-months 5 --gap-ended 2026-12 --region shanghai --treatment-date 2027-02-10 --brief --lang en
echo "=== W10-ask-4"; ask --scheme employee --payer individual --gap-months 4 --gap-ended 2026-12 --region 成都 --treatment-date 2027-02-10 --brief

########## 2b. R9-W1″ siblings: ex-unemployment benefit + a named resumption month ##########
# expect W1b-1 (ZJ 杭州, en "and I began"): Oct -> ZJ 30 ¶3 -> 2026-12-01; 12-15 covered-if-paid; never "falls in the gap / not covered".
echo "=== W1b-1"; en 'Hangzhou - unemployment benefit stopped in July and I began paying as self-employed in October, clinic Dec 15 ok?\n'
# expect W1b-2 (ZJ 嘉兴, en typos): Nov -> 2027-01-01; 2027-01-08 covered-if-paid.
echo "=== W1b-2"; en 'jiaxing, my unemployment benfit ended september and ive paid as flexible worker since november, is jan 8 covered\n'
# expect W1b-3 (ZJ 宁波, en follow-up): Oct given in a 2nd message -> 2026-12-01; 12-20 covered-if-paid.
echo "=== W1b-3"; en 'Ningbo, unemployment benefit ended in August. Hospital Dec 20 covered?\nI started paying as a freelancer in October\n'
# expect W1b-4 (ZJ 湖州, zh): Oct -> 2026-12-01; 12-20 covered-if-paid.
echo "=== W1b-4"; zh '湖州 失业金8月到期了 我10月份开始自己交灵活就业 12月20号住院报销吗\n'
# expect W1b-5 (ZJ 金华, zh voice run-on): Nov -> 2027-01-01; 2027-01-08 covered-if-paid.
echo "=== W1b-5"; zh '那个 我在金华啊 失业金呢是9月份就领完了 然后我是11月份开始自己交的 灵活就业 就是 明年1月8号去住院能报吗\n'
# expect W1b-6 (ZJ 宁波, zh follow-up): Oct in a 2nd message -> 2026-12-01; 12-20 covered-if-paid.
echo "=== W1b-6"; zh '宁波 失业金8月领完了 12月20号住院能报吗\n10月开始自己交了\n'
# expect W1b-7 (SH, en "and I started"): SH7 三(四) ¶2 waiver unclear -> 12-20 not settled; never covered outright.
echo "=== W1b-7"; en 'Shanghai, my unemployment benefit ended in August and I started paying as a freelancer in October. Dec 20 covered?\n'
# expect W1b-8 (national 武汉, en "and I started"): not settled; resumption (Nov) named in the case / 12393 script.
echo "=== W1b-8"; en 'Wuhan, my unemployment benefit ended in September and I started paying as a freelancer in November. Dec 20 covered?\n'
echo "=== W1b-ask-1"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-07 --gap-ended 2026-10 --region 杭州 --treatment-date 2026-12-15 --brief --lang en
echo "=== W1b-ask-2"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region zhejiang --treatment-date 2027-01-08 --brief
echo "=== W1b-ask-3"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region 武汉 --treatment-date 2026-12-20 --brief --lang en

########## 2c. R9-M1″ siblings: cross-city job change, new employer enrolled in December ##########
# expect (all): 43 ③ wait <= 6 months counted from a December payment (may be 12-31) -> cap "at the latest" >= 2027-06-30;
# a late-June day is not settled; never "covered (if you pay)" before 2027-06-30, never a cap of 2027-06-08.
echo "=== M1b-1"; en 'moved from hangzhou to chengdu, 4 months uninsured, my new employer signed me up in December. surgery on June 29 2027 covered?\n'
echo "=== M1b-2"; en 'left job in guangzhou, now in wuhan, gap of 5 months, the new company registered me for insurance in dec. op june 26 next yr?\n'
echo "=== M1b-3"; en 'moved from shenzhen to beijing, 4 month gap, surgery june 28 next year covered?\nnew employer enrolled me in december\n'
echo "=== M1b-4"; zh '从杭州到武汉上班 断了4个月 新单位12月份给我办的医保 明年6月29号手术能报吗\n'
echo "=== M1b-5"; zh '俺从广州跑到长沙打工 歇了5个月没交 新厂子12月给俺上的社保 明年6月27号开刀能报不\n'
echo "=== M1b-6"; zh '深圳辞职去了北京 断了4个月 明年6月28号手术能报吗\n新单位12月给我上的保险\n'
# expect M1b-7 (ZJ destination): ZJ 28 ¶2 (2nd natural month) vs 43 ③ (wait <= 6 months): name both / not settled; 2027-01-20 never covered outright.
echo "=== M1b-7"; zh '从上海换到宁波上班 断了4个月 新单位12月给我上的保险 明年1月20号看病能报吗\n'
echo "=== M1b-ask-1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region 北京 --treatment-date 2027-06-29 --brief
echo "=== M1b-ask-2"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region 武汉 --treatment-date 2027-06-26 --brief --lang en

########## 2d. R7-M5⁗ siblings: the missed months were paid back ##########
# expect (ZJ individual): back-payment read; ZJ 29 ¶3 -> whether back-pay restores cover is local: not settled / ask 12393 about the back-payment;
# never "resumes 2027-02-01 if paid this month", never "can I still pay back", never covered outright.
echo "=== M5b-1"; zh '温州 灵活就业 断了2个月 前几天刚补缴完 12月10号看病能报吗\n'
echo "=== M5b-2"; zh '杭州自由职业 断了两个月 11月份已经补缴好了 12月5号看病能报吗\n'
echo "=== M5b-3"; en 'Ningbo freelancer. I back-paid my missing 2 months (Sept+Oct) last month. Is a visit on Dec 12 covered?\n'
echo "=== M5b-4"; en 'hangzhou self employed, 2 month gap, back paid everything in nov, am i covered for dec 15?\n'
# expect M5b-5 (follow-up): 1st answer "not covered"; after the back-pay fact -> not settled (ZJ 29 ¶3); never "covered".
echo "=== M5b-5"; en 'Zhejiang freelancer, 2 month gap, doctor Dec 10 covered?\nI already back paid them in November\n'
# expect M5b-6 (GD cross-city <= 3 months, unit back-paid): 43 ① / GD 12 -> cover from the payment month, gap retroactive; 12-15 covered(-if-paid); back-pay read; no pay-by deadline.
echo "=== M5b-6"; zh '从佛山换到广州上班 中间空了2个月 新公司上个月把这2个月补缴了 12月15号住院能报吗\n'
echo "=== M5b-7"; en 'moved from dongguan to shenzhen, 2 months between jobs, new employer back paid both months in november, hospital dec 20 covered?\n'
echo "=== M5b-ask-1"; ask --scheme employee --payer individual --since 2026-09 --paid-back 2026-11 --region 温州 --treatment-date 2026-12-10 --brief
echo "=== M5b-ask-2"; ask --scheme employee --payer individual --since 2026-10 --paid-back 2026-11 --region 宁波 --treatment-date 2026-12-12 --brief --lang en

########## 3a. Follow-ups after an answer must not flip "not covered"/"not settled" to "covered" ##########
# Base: ZJ flex, 4-month gap, first answer "2027-01-20 not covered" (ZJ 29 ¶2). None of these follow-ups states a fact that makes 01-20 covered.
# expect F1–F6: 2027-01-20 stays not covered (or not settled after a back-pay fact); never covered.
echo "=== F1"; en 'hangzhou freelancer, 4 month gap, hospital jan 20?\nok and what if I pay now\n'
echo "=== F2"; zh '杭州灵活就业 断了4个月 明年1月20号看病能报吗\n那我现在交了是不是就能报了\n'
echo "=== F3"; en 'hangzhou freelancer, 4 month gap, hospital jan 20?\nso im covered then?\n'
echo "=== F4"; zh '杭州灵活就业 断了4个月 明年1月20号看病能报吗\n我已经交了\n'
# F5: correction to 1 month still -> resume Dec -> 2027-02-01 (ZJ 29 ¶2); 01-20 not covered.
echo "=== F5"; en 'hangzhou freelancer, 4 month gap, hospital jan 20?\nactually the gap was only 1 month\n'
# F6: a back-pay follow-up -> ZJ 29 ¶3 -> not settled; never covered.
echo "=== F6"; zh '杭州灵活就业 断了4个月 明年1月20号看病能报吗\n欠的4个月我也一次性补上了\n'
# F7 (SH arrears, first answer not settled / not covered): "上个月开始的" (unit resumed Nov, arrears unpaid) -> SH7 三(三) still stopped; never covered.
echo "=== F7"; zh '上海 单位欠缴 9月开始没交 12月20号看病能报吗\n正常经营\n上个月开始的\n'
# F8 (national mover > 3 months, not settled): "since last week" -> still not settled; never covered.
echo "=== F8"; en 'moved from wuhan to chengdu, 5 month gap, surgery april 10 next year?\nyes\nsince last week\n'
# F9 (SH flex 4-month gap, not covered): "这个月" -> SH7 三(四) wait; 2027-01-20 never covered.
echo "=== F9"; zh '上海灵活就业 断了4个月 明年1月20号住院能报吗\n这个月\n'
# F10 (ZJ flex, no date given): "this month" -> gap kept, resumption 2027-02-01; never "nothing unpaid".
echo "=== F10"; en 'wenzhou freelancer, 3 months unpaid, when am i covered again?\nthis month\n'

########## 3b. New employer back-pays the months between jobs: 43 ① only where its conditions hold ##########
# expect E1 (same city 杭州, no transfer, 2 months, unit back-paid): 43 ① does not apply (no transfer) -> not settled / ask 12393
# (ZJ 28 ¶3/¶4 concern employer arrears of the same employer); citing 43 ① as making 12-20 or the gap covered = UNSUPPORTED.
echo "=== E1"; zh '杭州 换了个工作 中间断了2个月 新单位把这两个月补上了 12月20号能报吗\n'
# expect E2 (same city 成都, en): not settled / 12393; no 43 ① retroactive claim.
echo "=== E2"; en 'Chengdu, switched jobs within the city, 2 months in between, the new company back-paid those 2 months last month. Is Dec 20 covered?\n'
# expect E3 (cross-city, 5 months > 3, back-paid): 43 ① not met; ③ wait possible -> not settled; gap days never covered.
echo "=== E3"; en 'moved from guangzhou to chengdu, 5 months between jobs, new employer back paid all 5 months last month, hospital dec 20 covered?\n'
# expect E4 (cross-city GD, 2 months, gap day 10-15): 43 ① / GD 12 -> gap retroactive after back-pay -> covered (or if-paid); "not covered" = WRONG (safe).
echo "=== E4"; zh '从东莞换到深圳上班 9月10月没上班 新单位11月把这两个月补缴了 10月15号看病的钱能报吗\n'
# expect E5 (cross-city, 4 months, gap day): 43 ① not met -> gap day not covered / not settled; never covered.
echo "=== E5"; zh '从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 10月15号看病能报吗\n'
# expect E6 (ask, cross-city 3 months national, gap day): 43 ① -> retroactive after back-pay (as B10).
echo "=== E6"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 3 --gap-ended 2026-12 --region 成都 --treatment-date 2026-10-20 --brief --lang en
# expect E7 (ask, same city, 2 months, gap day): no 43 ① -> not settled / not covered; never "补缴后可以报销" as settled.
echo "=== E7"; ask --scheme employee --payer unit --reason job-change --gap-months 2 --gap-ended 2026-12 --region 成都 --treatment-date 2026-11-10 --brief

########## 4. Regression: 8 OK items of earlier rounds (AUDIT-ROUND6-RECHECK N03, N04, N06, N08, N09, N22, N25, C06) ##########
# expect REG9-1 (N03): SH arrears paid 2026-03 -> back 04-15; 2026-02-20 not covered.
echo "=== REG9-1"; ask --scheme employee --payer unit --reason arrears --since 2025-11 --gap-ended 2026-01 --arrears-paid 2026-03 --region shanghai --treatment-date 2026-02-20 --brief
# expect REG9-2 (N04): ZJ 28 ¶4 -> 2026-11-01; 11-20 covered(-if-paid).
echo "=== REG9-2"; ask --scheme employee --payer unit --reason arrears --since 2026-06 --arrears-paid 2026-10 --region zhejiang --treatment-date 2026-11-20 --brief
# expect REG9-3 (N06): ZJ 29 ¶2 Nov -> 2027-01-01; 12-20 not covered.
echo "=== REG9-3"; ask --scheme employee --payer individual --gap-months 3 --gap-ended 2026-11 --region zhejiang --treatment-date 2026-12-20 --brief
# expect REG9-4 (N08): SH flex 6-month wait -> 2027-04-15; 04-14 not covered.
echo "=== REG9-4"; ask --scheme employee --payer individual --since 2026-05 --gap-ended 2026-10 --region shanghai --treatment-date 2027-04-14 --brief --lang en
# expect REG9-5 (N09): SH left job since 09 -> stop 10-15; 12-20 not covered.
echo "=== REG9-5"; ask --scheme employee --payer unit --reason left-job --since 2026-09 --region shanghai --treatment-date 2026-12-20 --brief --lang en
# expect REG9-6 (N22): ZJ 29 ¶2 Oct -> 2026-12-01; 12-01 covered(-if-paid).
echo "=== REG9-6"; ask --scheme employee --payer individual --gap-months 8 --gap-ended 2026-10 --region zhejiang --treatment-date 2026-12-01 --brief
# expect REG9-7 (N25): ZJ 28 ¶3 stop 12-01; 11-30 covered.
echo "=== REG9-7"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region zhejiang --treatment-date 2026-11-30 --brief
# expect REG9-8 (C06): SH quit end Sept, pay now -> 2027-01-15; Jan 10 not covered.
echo "=== REG9-8"; en 'Shanghai. Quit my job end of Sept, nothing paid since. Want to pay as freelancer now. Can I get treatment on Jan 10?\n'

########## 5. Follow-up probes (added after the first run of §2–§4; each expectation committed before it ran) ##########
# Q1/Q2 (after M1b-2/M1b-4, which asked for the gap again): answer it. expect: 43 ③ cap >= 2027-06-30; late-June day not settled.
echo "=== Q1"; en 'left job in guangzhou, now in wuhan, gap of 5 months, the new company registered me for insurance in dec. op june 26 next yr?\n5 months\n'
echo "=== Q2"; zh '从杭州到武汉上班 断了4个月 新单位12月份给我办的医保 明年6月29号手术能报吗\n4个月\n'
# Q3 (after M1b-6, which asked which reason holds): answer "换了工作". expect: cap >= 2027-06-30; 06-28 not settled.
echo "=== Q3"; zh '深圳辞职去了北京 断了4个月 明年6月28号手术能报吗\n新单位12月给我上的保险\n换了工作\n'
# Q4 (after M1b-5): which words are lost. expect (both): December payment read; cap >= 2027-06-30; 06-27 not settled; never "06-08 … 只有按上面的时间缴费才能报销".
echo "=== Q4a"; zh '俺从广州跑到长沙打工 歇了5个月没交 新厂子12月给俺交上了 明年6月27号开刀能报不\n'
echo "=== Q4b"; zh '从广州到长沙打工 断了5个月 新单位12月给我上的社保 明年6月27号开刀能报吗\n'
# Q5 (after W1b-3/W1b-6): the resumption month given as a follow-up after an ex-benefit answer. ZJ 30 ¶3.
# expect Q5a/Q5b: Oct -> 2026-12-01; 12-20 covered-if-paid; "not covered" = WRONG (safe).
echo "=== Q5a"; en 'Ningbo, unemployment benefit ended in August. Hospital Dec 20 covered?\nI have been paying as a freelancer since October\n'
echo "=== Q5b"; zh '宁波 失业金8月领完了 12月20号住院能报吗\n我10月开始以灵活就业身份交的\n'
# expect Q5c: "this month" after an ex-benefit answer -> Dec -> 2027-02-01; 2027-01-20 NOT covered; never "nothing unpaid".
echo "=== Q5c"; en 'Ningbo, unemployment benefit ended in August. Hospital Jan 20 covered?\nstarted paying this month\n'
echo "=== Q5d"; zh '宁波 失业金8月领完了 明年1月20号住院能报吗\n这个月\n'
# Q6 (after W1b-2): typo isolated. expect: Nov -> 2027-01-01; 2027-01-08 covered-if-paid.
echo "=== Q6a"; en 'jiaxing, my unemployment benefit ended september and ive paid as flexible worker since november, is jan 8 covered\n'
echo "=== Q6b"; en 'jiaxing, my unemployment benfit ended september and I have paid as a flexible worker since november, is jan 8 covered\n'
# Q7 (after M5b-2/3/4/5, F6, which asked again): answer. expect: back-pay kept; ZJ 29 ¶3 -> not settled; never covered, never "can I still pay back".
echo "=== Q7a"; zh '杭州自由职业 断了两个月 11月份已经补缴好了 12月5号看病能报吗\n对\n'
echo "=== Q7b"; en 'Ningbo freelancer. I back-paid my missing 2 months (Sept+Oct) last month. Is a visit on Dec 12 covered?\nnovember\n'
echo "=== Q7c"; en 'hangzhou self employed, 2 month gap, back paid everything in nov, am i covered for dec 15?\nnovember\n'
echo "=== Q7d"; en 'Zhejiang freelancer, 2 month gap, doctor Dec 10 covered?\nI already back paid them in November\nno, 2 months\n'
echo "=== Q7e"; zh '杭州灵活就业 断了4个月 明年1月20号看病能报吗\n欠的4个月我也一次性补上了\n这个月\n'
# Q8 (after E1/E2/M5b-7, which asked whether the new job is in another city). 
# expect Q8a/Q8b (same city): 43 ① conditions not met -> not settled / ask 12393; no "补缴后可以报销" as settled.
echo "=== Q8a"; zh '杭州 换了个工作 中间断了2个月 新单位把这两个月补上了 12月20号能报吗\n同一个城市\n'
echo "=== Q8b"; en 'Chengdu, switched jobs within the city, 2 months in between, the new company back-paid those 2 months last month. Is Dec 20 covered?\nNo, the same city\n'
# expect Q8c (other city, 2 months, back-paid Nov): 43 ① / GD 12 -> cover from Nov, gap retroactive; 12-20 covered(-if-paid).
echo "=== Q8c"; en 'moved from dongguan to shenzhen, 2 months between jobs, new employer back paid both months in november, hospital dec 20 covered?\nYes, to another city\n'
# Q9 (after E4/E5: "10月15号看病" read as 2027-10-15). expect: 2026-10-15 is a gap day; 4-month gap -> 43 ① not met -> not covered / not settled.
echo "=== Q9a"; zh '从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 今年10月15号看病能报吗\n'
echo "=== Q9b"; en 'moved from wuhan to changsha, 4 months between jobs, new employer back paid all 4 in november. can I claim the doctor visit I had on Oct 15?\n'
echo "=== Q9c"; zh '宁波灵活就业 断了4个月 这个月开始交了 10月20号看的病能报吗\n'
# Q10 (after F7): SH arrears from Sep, unit paying again but arrears not said paid. expect: stop 10-15 (SH7 三(三)); 12-20 not covered / not settled; never covered.
echo "=== Q10"; zh '上海 单位欠缴 9月开始没交 12月20号看病能报吗\n对\n正常经营\n上个月又开始交了\n'
# Q11: a pushy follow-up after "not settled". expect: never covered.
echo "=== Q11"; en 'shanghai freelancer, 4 month gap, hospital jan 20?\nthis month\nso jan 20 is fine right?\n'
# Q12 (positive control): a follow-up that states a fact a source makes decisive: still on unemployment benefit until January -> SIL 48 -> 12-20 covered.
echo "=== Q12"; en 'Ningbo, unemployment benefit ended in August. Hospital Dec 20 covered?\nsorry, I mean I am still getting unemployment benefit until January\n'
# Q13 (after Q8a/Q9a/Q9b, which asked again): finish the chats.
# expect Q13a (same city, 杭州): 43 ① not met -> not settled / 12393; no settled "补缴后可以报销".
echo "=== Q13a"; zh '杭州 换了个工作 中间断了2个月 新单位把这两个月补上了 12月20号能报吗\n否，还在同一个城市\n'
# expect Q13b/Q13c: the asked day is 2026-10-15 (past, in the gap; "今年", "I had"); 4-month gap -> 43 ① not met -> not covered / not settled.
# A covered(-if-paid) line for "10-15" under another year would mislead.
echo "=== Q13b"; zh '从武汉换到长沙上班 中间断了4个月 新单位上个月把这4个月都补了 今年10月15号看病能报吗\n4个月\n'
echo "=== Q13c"; en 'moved from wuhan to changsha, 4 months between jobs, new employer back paid all 4 in november. can I claim the doctor visit I had on Oct 15?\nYes, to another city\n'
# expect Q13d (ask, the same facts with an explicit date): 2026-10-15 in the gap -> not covered / not settled.
echo "=== Q13d"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-11 --region 长沙 --treatment-date 2026-10-15 --brief
# expect Q13e (Q1 finished): December -> cap >= 2027-06-30; 06-26 not settled.
echo "=== Q13e"; en 'left job in guangzhou, now in wuhan, gap of 5 months, the new company registered me for insurance in dec. op june 26 next yr?\n5 months\ndecember\n'
