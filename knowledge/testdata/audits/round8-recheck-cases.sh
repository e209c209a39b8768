#!/usr/bin/env bash
# Audit round 8 re-check (AUDIT-ROUND8-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# "# expect:" lines were written BEFORE any case was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations in the expectations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法.
BJ=${BJ:-/tmp/bj-audit11}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

########## 1. Re-run of AUDIT-ROUND7-RECHECK §4 findings and §5 notes (exact inputs) ##########
# expect (R9-W1′): ZJ 30 ¶3 — October payment -> cover from 2026-12-01; 12-20 covered-if-paid, never "不能报销"/"2027-02-01".
echo "=== RE-W1-zh"; zh '杭州的 失业保险9月就停发了 现在自己按灵活就业在交 10月开始交的 12月20号看病能报吗\n'
echo "=== RE-W1-en"; en 'Ningbo, unemployment benefit finished in August, started paying myself as a freelancer in October. Covered on Dec 20?\n'
# expect: same facts via ask -> 2026-12-01, 12-20 covered-if-paid (contrast line of R9-W1′).
echo "=== RE-W1-ask"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --gap-ended 2026-10 --region zhejiang --treatment-date 2026-12-20 --brief --lang en
# expect (R9-M1′): 43 ③ — December payment may be as late as 12-31 -> cap "at the latest" >= 2027-06-30; 2027-06-22 not settled.
echo "=== RE-M1-en"; en 'moved from Shenzhen to Chengdu, 5 months without insurance, new job pays from this month. surgery on June 22 next year covered?\n'
echo "=== RE-M1-en-contrast"; en 'moved from Shenzhen to Chengdu, 5 months without insurance, new employer pays since December. surgery on June 22 next year covered?\n'
# expect (R7-M5‴): back-payment read; ZJ 29 ¶3 -> whether back-paid months restore cover is local: not settled / ask 12393
# whether the back-payment restores cover; never "2027-01-01/02-01起恢复" as if only resumed, never "can I still pay back".
echo "=== RE-M5-a"; zh '杭州灵活就业 断了两个月 上个月已经全部补齐了\n'
echo "=== RE-M5-b"; en 'Zhejiang freelancer, 2 months unpaid, I already paid the missed months back last month\n'
echo "=== RE-M5-c"; en 'Hangzhou freelancer, missed 2 months, paid them all back in November. covered now?\n2 months\n'
echo "=== RE-M5-d"; en 'Ningbo self-employed, missed Sept and Oct, paid both back in November, doctor visit Dec 3 - covered?\n'
echo "=== RE-M5-e"; zh '宁波灵活就业 断了3个月 这个月把欠的都补交了\n'
echo "=== RE-M5-f"; zh '深圳，之前断了两个月，上个月已经补齐了\n职工医保\n灵活就业\n'
# notes n1–n4
# expect n1: the typed date is kept ("2026-12-20"); en SH arrears -> back only after full back-pay, 12-20 not settled.
echo "=== RE-n1-a"; en 'Shanghai, my company stopped paying in September, they are paying again now, not sure since when. covered Dec 20?\nOperating normally\nnot sure\n'
echo "=== RE-n1-b"; en 'Ningbo, unemployment benefit finished in August, started paying myself as a freelancer in October. Covered on Dec 20?\n'
# expect n2: no unrelated "never enrolled" FAQ card first.
echo "=== RE-n2"; en 'Shanghai, my company stopped paying in September, they are paying again now, not sure since when. covered Dec 20?\n'
# expect n3: resumption / back-payment read, not asked again.
echo "=== RE-n3-a"; zh '绍兴 失业金8月领完 10月起自己以灵活就业身份交了 12月20号住院能报吗\n'
echo "=== RE-n3-b"; zh '宁波灵活就业 断了3个月 这个月把欠的都补交了\n'
# expect n4: "9月就停发了" -> the resumption month (Oct) decides -> 2026-12-01.
echo "=== RE-n4"; zh '杭州的 失业保险9月就停发了 现在自己按灵活就业在交 10月开始交的 12月20号看病能报吗\n'

########## 2. New sibling wordings (expectations before running) ##########
# --- R9-W1′ siblings: ended unemployment benefit + a NAMED resumption month ---
# expect W1-1: ZJ 30 ¶3 Oct -> 2026-12-01; 12-20 covered only if paying continues (or not settled); never "不能报销".
echo "=== W1-1"; zh '宁波 失业金领到8月就没了 10月份开始自己交灵活就业的 12月20号住院报不报\n'
# expect W1-2: correction "9月 哦不对 8月"; Nov -> 2027-01-01; 2027-01-05 covered-if-paid; 12-xx none asked.
echo "=== W1-2"; zh '俺在杭州 失业jin领完是9月 哦不对是8月 后来11月开始以个人身份交的 明年1月5号能报吗\n'
# expect W1-3: Oct -> 2026-12-01; Dec 20 covered-if-paid.
echo "=== W1-3"; en 'ningbo - unemployment benefit ran out in august, then i started paying as a freelancer from october, is dec 20 covered\n'
# expect W1-4: Nov -> 2027-01-01; 2027-01-10 covered-if-paid; 12-xx gap days not covered.
echo "=== W1-4"; en 'Wenzhou. Finished my unemployment allowance in Sept, resumed paying myself in Nov 2026. Hospital Jan 10 next year ok?\n'
# expect W1-5 (SH): SH7 三(四) ¶2 waiver unclear for benefit recipients -> 12-20 not settled (earliest 2026-11-15, latest 2027-04-15); never covered outright.
echo "=== W1-5"; zh '上海 失业金8月领完了 10月开始按灵活就业交的 12月20号看病能报吗\n'
# expect W1-6 (national city): no national rule for the first day after an ended benefit -> not settled / 12393; never covered outright.
echo "=== W1-6"; zh '成都 失业金9月领完 11月开始自己交 12月20号能报吗\n'
# expect W1-7 (GD): same as W1-6, name that GD/national rules do not settle it.
echo "=== W1-7"; en 'Guangzhou, my unemployment benefit ended in September and I started paying as a freelancer in November. Is a hospital stay on Dec 20 covered?\n'
# expect W1-ask-1: ZJ Oct -> 2026-12-01; covered-if-paid.
echo "=== W1-ask-1"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --gap-ended 2026-10 --region 宁波 --treatment-date 2026-12-20 --brief
# expect W1-ask-2: ZJ Nov -> 2027-01-01; 2027-01-10 covered-if-paid, en.
echo "=== W1-ask-2"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region zhejiang --treatment-date 2027-01-10 --brief --lang en
# expect W1-ask-3: SH not settled.
echo "=== W1-ask-3"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --gap-ended 2026-10 --region shanghai --treatment-date 2026-12-20 --brief
# expect W1-ask-4: GD not settled, en.
echo "=== W1-ask-4"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region guangdong --treatment-date 2026-12-20 --brief --lang en

# --- R9-M1′ siblings: unit job change across cities, payments resumed THIS month (Dec) ---
# expect M1-1: cap "at the latest" 2027-06-30/07-01; 2027-06-25 not settled.
echo "=== M1-1"; en 'relocated from guangzhou to wuhan, no insurance for 5 months, my new company started paying this month, operation on 25 june 2027 - covered?\n'
# expect M1-2: 4-month gap, new employer enrolled in Dec -> cap >= 2027-06-30; 06-28 not settled.
echo "=== M1-2"; en 'im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me this december. surgery june 28 next year?\n'
# expect M1-3: cap 最晚2027-07-01 (or 06-30); 06-25 不确定.
echo "=== M1-3"; zh '从深圳跳槽到成都 断了4个月 新公司这个月刚给我交上 明年6月25号手术报不报\n'
# expect M1-4: same; 2027-06-20 不确定.
echo "=== M1-4"; zh '在广州辞职后歇了五个月 现在到长沙上班了 单位12月开始交的 明年六月二十号开刀能报不\n'
# expect M1-5 (ZJ destination): ZJ 28 ¶2 (2nd natural month -> 2027-01-01) vs 43 ③ (local wait <= 6 months): name both or not settled; 2027-01-10 never covered outright.
echo "=== M1-5"; zh '从上海换到杭州上班 中间断了5个月 这个月新单位开始交 明年1月10号看病能报吗\n'
# expect M1-ask-1: "at the latest 2027-07-01" (or 06-30); 06-22 not settled.
echo "=== M1-ask-1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region national --treatment-date 2027-06-22 --brief --lang en
# expect M1-ask-2: GD art. 12 (<=6 months, 原则上) -> same cap; 06-28 not settled.
echo "=== M1-ask-2"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region guangdong --treatment-date 2027-06-28 --brief
# expect M1-ask-3: ZJ as M1-5.
echo "=== M1-ask-3"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region zhejiang --treatment-date 2027-01-10 --brief

# --- R7-M5‴ siblings: the missed months were PAID BACK ---
# expect M5-1: back-pay read (Nov); 12-03 not settled (ZJ 29 ¶3 local); never "2027-02-01 if paid this month".
echo "=== M5-1"; zh '杭州 灵活就业的 9月10月没交 11月份一次性补上了 12月3号看的病能报吗\n'
# expect M5-2: back-pay read; now not settled; never "能报销" outright, never asks whether can still pay back.
echo "=== M5-2"; zh '宁波自由职业 断了俩月 上礼拜补缴完了 现在看病能报销了吧\n'
# expect M5-3: back-pay read; Dec 15 not settled.
echo "=== M5-3"; en 'hangzhou gig worker, skipped oct and nov payments, caught up on both last week, can i claim for a clinic visit on dec 15?\n'
# expect M5-4: back-pay read (Nov); Dec 10 not settled; second question answered or not lost.
echo "=== M5-4"; en 'Zhejiang self employed - I back paid the 2 months I missed (Sep, Oct) in November. Is treatment on Dec 10 covered? also do I need to do anything else?\n'
# expect M5-5 (SH): SH7 三(三)/(四): not settled or not covered; never covered outright.
echo "=== M5-5"; zh '上海灵活就业 断了两个月 上个月都补交了 12月20号能报吗\n'
# expect M5-6 (GD cross-city, <=3 months, new employer back-paid): 43 ① / GD art. 12 -> back-paid, cover from payment month, retroactive: 12-20 covered (if-paid wording OK); "不能报销" would be WRONG.
echo "=== M5-6"; zh '从东莞到深圳换工作 断了2个月 新单位上个月把那俩月补缴了 12月20号住院能报吗\n'
# expect M5-ask-1: --paid-back 2026-11 ZJ -> 12-03 not settled (29 ¶3) or per local rule; never "can I still pay back".
echo "=== M5-ask-1"; ask --scheme employee --payer individual --since 2026-09 --paid-back 2026-11 --region zhejiang --treatment-date 2026-12-03 --brief
echo "=== M5-ask-2"; ask --scheme employee --payer individual --since 2026-09 --paid-back 2026-11 --region zhejiang --treatment-date 2026-12-03 --brief --lang en
# expect M5-ask-3: SH individual paid back -> not settled / not covered; never covered outright.
echo "=== M5-ask-3"; ask --scheme employee --payer individual --since 2026-10 --paid-back 2026-11 --region shanghai --treatment-date 2026-12-20 --brief
# expect M5-ask-4: national individual paid back -> not settled.
echo "=== M5-ask-4"; ask --scheme employee --payer individual --since 2026-09 --paid-back 2026-11 --region national --treatment-date 2026-12-20 --brief --lang en

########## 3. Regression: OK items of AUDIT-ROUND7-RECHECK and AUDIT-ROUND7 ##########
# expect: as recorded OK in those reports.
echo "=== REG-1 (R7RC R8-W1′)"; en 'I was on unemployment pay in Ningbo through October and have paid nothing since. Hospital on Dec 20 - covered?\n'
echo "=== REG-2 (R7RC R9-W1 ask)"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-10 --region zhejiang --treatment-date 2026-12-20 --brief
echo "=== REG-3 (R7RC R9-M1 ask)"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-12 --region national --treatment-date 2027-06-20 --brief
echo "=== REG-4 (R7RC R9-M2 ask)"; ask --scheme employee --payer unit --reason arrears --since 2026-09 --paying-again --region shanghai --treatment-date 2026-12-20 --brief
echo "=== REG-5 (R7RC R8-M2′ ask)"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-10 --region national --treatment-date 2026-12-20 --brief
echo "=== REG-6 (R7RC N03)"; en 'Shanghai, unemployment allowance ended August, no contributions since, hospital Dec 15 covered?\n'
echo "=== REG-7 (R7RC N07)"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-09 --gap-ended 2026-11 --region zhejiang --treatment-date 2026-12-20 --brief
echo "=== REG-8 (R7RC N09)"; zh '上海 单位欠缴 10月开始没交 现在单位又开始交了 但欠的还没补 12月20号看病能报吗\n正常经营\n不知道\n'
echo "=== REG-9 (R7 N01)"; ask --scheme employee --payer individual --since 2026-08 --paying-again --region zhejiang --treatment-date 2026-12-20 --brief
echo "=== REG-10 (R7 C07)"; zh '上海单位欠费，从10月开始没交，单位上个月把钱都补上了，12月1号看病能报吗\n正常经营\n'
echo "=== REG-11 (R7 N11)"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --arrears-paid 2026-12 --region shanghai --treatment-date 2026-11-10 --brief
echo "=== REG-12 (R7 C12)"; zh '杭州灵活就业 断了半年 又开始交了 不记得哪个月 这个月底住院能报吗\n不记得\n'

########## 4. Fresh boundary cases (expectations before running) ##########
# B01: SH unit arrears, first unpaid month Nov -> stop 2026-12-15 (SH7 三(三) 次月 + S7 15日); 12-14 covered.
echo "=== B01"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-14 --brief
# B02: same, 12-15 -> not covered (stop day itself).
echo "=== B02"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-15 --brief --lang en
# B03: SH left job (first unpaid Sep -> stop 10-15), flex from Nov = within 3 months -> SH7 三(四) ¶2 no wait; 12-20 covered-if-paid (cover ~12-15) or not settled; "6-month wait / not covered" would be WRONG (safe).
echo "=== B03"; ask --scheme employee --payer unit --reason left-job --since 2026-09 --gap-ended 2026-11 --region shanghai --treatment-date 2026-12-20 --brief
# B04: SH left job, first unpaid May (stop 06-15), flex from Nov = more than 3 months -> 6-month wait; cover 2027-05-15; 2027-05-14 not covered.
echo "=== B04"; ask --scheme employee --payer unit --reason left-job --since 2026-05 --gap-ended 2026-11 --region shanghai --treatment-date 2027-05-14 --brief --lang en
# B05: ZJ flex, resumed Dec -> 3rd natural month = 2027-02-01 (ZJ 29 ¶2); 2027-01-31 not covered.
echo "=== B05"; ask --scheme employee --payer individual --since 2026-08 --gap-ended 2026-12 --region zhejiang --treatment-date 2027-01-31 --brief
# B06: same, 2027-02-01 -> covered only if paying continues.
echo "=== B06"; ask --scheme employee --payer individual --since 2026-08 --gap-ended 2026-12 --region zhejiang --treatment-date 2027-02-01 --brief --lang en
# B07: ZJ unit arrears from Oct -> suspended from 2nd natural month = 11-01 (ZJ 28 ¶3); 10-20 covered.
echo "=== B07"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --region zhejiang --treatment-date 2026-10-20 --brief
# B08: ZJ arrears from Oct paid back in one lump in Dec -> resumes 2nd natural month after = 2027-01-01 (ZJ 28 ¶4); 12-31 not covered by the fund (employer bears it) or not settled.
echo "=== B08"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --arrears-paid 2026-12 --region zhejiang --treatment-date 2026-12-31 --brief
# B09: ZJ ex-benefit (ended Oct), gap Nov, resumed Dec -> ZJ 30 ¶3 -> 2027-02-01; 2027-01-31 not covered.
echo "=== B09"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-10 --gap-ended 2026-12 --region zhejiang --treatment-date 2027-01-31 --brief --lang en
# B10: 43 ① national mover, 3-month gap (Sep-Nov) back-paid on resuming in Dec -> cover from payment month, gap retroactive: 11-10 covered if back-paid (or not settled); "not covered" = WRONG (safe).
echo "=== B10"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 3 --gap-ended 2026-12 --region national --treatment-date 2026-11-10 --brief
# B11: 43 ③ national mover, 4-month gap, resumed Dec -> a day in the gap (11-10) not covered / not settled; never covered.
echo "=== B11"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region national --treatment-date 2026-11-10 --brief --lang en
# B12: drawing benefit until 2027-02 (SIL 48): 2027-02-28 covered.
echo "=== B12"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2027-02 --region zhejiang --treatment-date 2027-02-28 --brief
# B13: same, 2027-03-10 -> after the benefit; ZJ 30 ¶2 continuation without a first day -> not settled / covered only if paying on; never covered outright.
echo "=== B13"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2027-02 --region zhejiang --treatment-date 2027-03-10 --brief --lang en
# B14: SH established flex, gap Nov only, paying again Dec. Stop 2026-12-15 (S7). Within 3 months of the stop, so the SH7 三(四) ¶2 waiver may apply
# (cover back ~2027-01-15) or a 6-month wait (to ~2027-06-15): 2027-06-14 never covered outright; a covered-if-paid line is OK only if the waiver question is named.
echo "=== B14"; ask --scheme employee --payer individual --since 2026-11 --gap-ended 2026-12 --region shanghai --treatment-date 2027-06-14 --brief

########## 5. Follow-up probes (added after the first run; expectation = the source cited for the case they follow) ##########
# P1 (after W1-2): which part loses the benefit: the correction or the typo? expect: benefit to Aug -> stop 09-01 (SIL 48 covers Aug); Nov -> 2027-01-01; 2027-01-05 covered-if-paid.
echo "=== P1a"; zh '俺在杭州 失业金领完是8月 后来11月开始以个人身份交的 明年1月5号能报吗\n'
echo "=== P1b"; zh '俺在杭州 失业金领完是9月 哦不对是8月 后来11月开始以个人身份交的 明年1月5号能报吗\n'
echo "=== P1c"; zh '俺在杭州 失业jin领完是8月 后来11月开始以个人身份交的 明年1月5号能报吗\n'
# P2 (after W1-7): the same English wording in Zhejiang. expect: Nov -> 2027-01-01 (ZJ 30 ¶3); Jan 10 covered-if-paid; "not covered" would be WRONG.
echo "=== P2a"; en 'Hangzhou, my unemployment benefit ended in September and I started paying as a freelancer in November. Is a hospital stay on Jan 10 covered?\n'
echo "=== P2b"; en 'Ningbo, my unemployment benefit ended in August and I started paying as a freelancer in October. Is a hospital stay on Dec 20 covered?\n'
echo "=== P2c"; en 'Guangzhou, my unemployment benefit ended in September, I started paying as a freelancer in November. Is a hospital stay on Dec 20 covered?\n'
# P3 (after M1-2): answer the follow-up. expect: cap >= 2027-06-30; 06-28 not settled.
echo "=== P3"; en 'im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me this december. surgery june 28 next year?\nyes\n'
echo "=== P3b"; en 'im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me this december. surgery june 28 next year?\nyes\nthis month\n'
# P4 (after M1-5): answer the follow-up. expect: as M1-ask-3 (earliest 2027-01-01, latest 2027-07-01; 01-10 not settled).
echo "=== P4"; zh '从上海换到杭州上班 中间断了5个月 这个月新单位开始交 明年1月10号看病能报吗\n5个月\n'
# P5 (after M5-1): answer "不对，2个月" / "对". expect: back-pay Nov kept; 12-03 not settled.
echo "=== P5a"; zh '杭州 灵活就业的 9月10月没交 11月份一次性补上了 12月3号看的病能报吗\n不对，2个月\n'
echo "=== P5b"; zh '杭州 灵活就业的 9月10月没交 11月份一次性补上了 12月3号看的病能报吗\n对\n'
# P6 (after M5-3): give the month. expect: back-pay kept; Dec 15 not settled.
echo "=== P6"; en 'hangzhou gig worker, skipped oct and nov payments, caught up on both last week, can i claim for a clinic visit on dec 15?\ndecember\n'
# P7 (after M5-4): give the gap. expect: back-pay (Nov) kept; Dec 10 not settled.
echo "=== P7"; en 'Zhejiang self employed - I back paid the 2 months I missed (Sep, Oct) in November. Is treatment on Dec 10 covered? also do I need to do anything else?\n2 months\n'
# P8 (after M5-2): which word is lost. expect: back-pay read, not settled.
echo "=== P8a"; zh '宁波自由职业 断了俩月 上周补缴完了 现在看病能报销了吧\n'
echo "=== P8b"; zh '宁波灵活就业 断了两个月 已经补缴完了 现在看病能报销了吧\n'
echo "=== P8c"; zh '宁波自由职业 断了俩月 这个月补缴完了 现在看病能报销了吧\n'
# P9 (after M5-6): unit back-paid the gap in another wording. expect: 43 ① covered from the payment month, gap retroactive; no pay-by deadline.
echo "=== P9"; zh '东莞换到深圳上班 空了两个月 新单位11月把这两个月都补缴了 12月20号住院能报吗\n'
# P5c (after P5b): finish the chat. expect: back-pay (Nov) kept; 12-03 not settled.
echo "=== P5c"; zh '杭州 灵活就业的 9月10月没交 11月份一次性补上了 12月3号看的病能报吗\n对\n1\n'
# P10 (after P3b): a bare "this month"/"这个月" typed after an answer. expect: the stated gap stays; never "0 months … covered as long as you keep paying".
echo "=== P10a"; en 'relocated from guangzhou to wuhan, no insurance for 5 months, my new company started paying this month, operation on 25 june 2027 - covered?\nthis month\n'
echo "=== P10b"; zh '从深圳跳槽到成都 断了4个月 新公司这个月刚给我交上 明年6月25号手术报不报\n这个月\n'
echo "=== P10c"; en 'hangzhou freelancer, 4 month gap, started paying again this month. covered on jan 20?\nthis month\n'
# P11 (after P3): other wordings of a December enrolment. expect: cap >= 2027-06-30; 06-28 not settled.
echo "=== P11a"; en 'im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me in december. surgery june 28 next year?\nyes\n'
echo "=== P11b"; en 'moved from shenzhen to beijing, 4 month gap, new job started paying this month. surgery june 28 next year?\n'
echo "=== P11c"; zh '深圳辞职去了北京 断了4个月 新单位12月给我上的保险 明年6月28号手术能报吗\n'
# P2d (after P2b): zh with "然后我…开始". expect: Oct -> 2026-12-01 (ZJ 30 ¶3); 12-20 covered-if-paid.
echo "=== P2d"; zh '宁波 失业金8月领完了，然后我10月开始自己交灵活就业 12月20号住院能报吗\n'
echo "=== P2e"; en 'Wenzhou, unemployment benefit ended in August and I have been paying as a freelancer since October. Hospital on Dec 20 covered?\n'
# P12 (after P3b/P11): does a follow-up "this month" override a stated gap elsewhere? expect: gap kept or asked again; never "nothing unpaid, covered".
echo "=== P12a"; zh '深圳辞职去了北京 断了4个月 新单位12月给我上的保险 明年6月28号手术能报吗\n4个月\n'
echo "=== P12b"; zh '深圳辞职去了北京 断了4个月 新单位12月给我上的保险 明年6月28号手术能报吗\n4个月\n这个月\n'
echo "=== P12c"; en 'shanghai freelancer, 3 month gap, hospital jan 20?\nthis month\n'
echo "=== P12d"; en 'im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me in december. surgery june 28 next year?\nyes\nsince this month\n'
echo "=== P12e"; zh '从上海换到杭州上班 中间断了5个月 这个月新单位开始交 明年1月10号看病能报吗\n5个月\n这个月\n'
echo "=== P12f"; en 'im in beijing now, left my shenzhen job, 4 month gap, new employer enrolled me in december. surgery june 28 next year?\nyes\nthey started paying this month\n'
# P13 (after P12): the same follow-up where a source settles the day. ZJ 29 ¶2: a flexible worker resuming in Dec is covered from 2027-02-01;
# 2027-01-20 is NOT covered. expect: "not covered"; "nothing unpaid / covered" would contradict the article.
echo "=== P13a"; en 'hangzhou freelancer, 4 month gap, hospital jan 20?\nstarted paying again this month\n'
echo "=== P13b"; zh '杭州灵活就业 断了4个月 明年1月20号看病能报吗\n这个月开始交了\n'
echo "=== P13c"; zh '杭州灵活就业 断了4个月 明年1月20号看病能报吗\n这个月\n'
echo "=== P13d"; en 'hangzhou freelancer, 4 month gap, hospital jan 20?\nthis month\n'
# P13e: ask path with the same facts. expect: 2027-02-01; 01-20 not covered.
echo "=== P13e"; ask --scheme employee --payer individual --gap-months 4 --gap-ended 2026-12 --region 杭州 --treatment-date 2027-01-20 --brief
