#!/usr/bin/env bash
# Audit round 15 re-check (AUDIT-ROUND15-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 runs the round-14 script unless SKIP_R14=1 (SKIP_R13=1 / SKIP_R12=1 passed through).
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日; SH = 上海市医疗保障条例;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法; 38 = 国办发〔2024〕38号 (居民等待期).
# Today is 2026-12-07 (Monday): "下周/next week" = 2026-12-14..2026-12-20; "下个月/next month" = 2027-01; "3月份/in March" = 2027-03.
# "covered-if-paid" = "covered only if you pay / 只有按上面的时间缴费才能报销" (conditional, acceptable).
# "not settled" = "whether … is covered is not settled: ask 12393 / 能否报销还不确定" (acceptable wherever the sources leave it open).
# A span is judged day by day: any day the answer calls covered must be covered by the sources.
BJ=${BJ:-/tmp/bj-audit18}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R14:-}" != 1 ]; then
  echo "=== R14-SCRIPT (round14-recheck-cases.sh)"
  BJ="$BJ" SKIP_R13="${SKIP_R13:-}" SKIP_R12="${SKIP_R12:-}" bash "$(dirname "$0")/round14-recheck-cases.sh"
fi

########## 2a. R14-W1 siblings: benefit OVER said in pinyin / mixed / slang; month unknown ##########
# SIL 48 / ZJ 30 ¶1 / SH 15 cover only "在领取失业保险金期间"; over → ZJ 30 ¶2–¶3, 29 ¶2; SH7 三(三).
# expect (B1–B5): a question (the month), "not covered" or "not settled"; NEVER "正在领失业金 … 无需补缴 … 可以按规定报销（社会保险法第48条）"
#   / "while you draw unemployment benefit … covered (SIL art. 48)".
echo "=== B1"; en 'ningbo shi ye jin mei le, 12 yue 20 hao zhu yuan neng bao ma\n'
echo "=== B2"; en 'wenzhou shiye baoxianjin yijing tingfa le, xia zhou kan bing xing bu xing\n'
echo "=== B3"; en 'shanghai shi ye jin ling wan le, bu ji de ji yue, xia ge yue zhu yuan neng bao ma\n'
echo "=== B4"; zh '杭州 shi ye jin 没了 不知道哪个月停的 12月15号看病能报吗\n'
echo "=== B5"; en 'hangzhou, my unemployment money is done, dont know which month it ended, clinic dec 16?\n'

########## 2b. R14-M1 siblings: benefit over + "paying myself since X" ##########
# ZJ 30 ¶3 / 29 ¶2: resumed in Sept → cover from 2026-11-01; Oct → 2026-12-01 (3rd natural month counting the payment month);
#   a prompt continuation (ZJ 30 ¶2) has no first day → not settled.
# expect (B6–B8): December days covered-if-paid, not settled, or a question (the benefit month); NEVER "benefit up to 2026-09/10"
#   taken from the payment month; NEVER "not covered … resumes 2027-02-01".
echo "=== B6"; en 'ningbo, unemployment benefit ended, dont know when, since september i pay it myself as flexible worker, hospital dec 15?\n'
echo "=== B7"; en 'huzhou, jobless pay finished long ago, i restarted paying as a freelancer in october, surgery next week?\n'
echo "=== B8"; zh '宁波 失业金早就领完了 从9月份开始自己交的 下周住院能报吗\n'

########## 2c. R14-M2 siblings: a resumption planned for January ##########
# ZJ 29 ¶2: paying from 2027-01 → cover from 2027-03-01. February is not covered on the person's plan.
# expect (B9, B11, B12): February "not covered" / "not settled" / or the plan reported as not used with the January date named;
#   NEVER "resumes on 2027-02-01 … the wait ends on 2027-02-01" + February covered-if-paid with the January plan silently dropped.
echo "=== B9"; en 'jiaxing freelancer, gap since july, will start paying again in january, operation in february, covered?\n'
# expect B10 (plan January, treatment March): March (2027-03-01..31) covered-if-paid (ZJ 29 ¶2).
echo "=== B10"; en 'hangzhou flexible worker stopped in sept, planning to pay again next month, hospital in march?\n'
echo "=== B11"; zh '温州 灵活就业 10月断的 下个月再交 2月份住院能报吗\n'
# expect B12 (ask, --gap-ended in the future): cover 2027-03-01; 2027-02-10 not covered; or the future month refused/flagged.
echo "=== B12"; ask --scheme employee --payer individual --since 2026-09 --gap-ended 2027-01 --region 杭州 --treatment-date 2027-02-10 --brief --lang en

########## 2d. R14-W2 siblings: moves INTO Shanghai with a short gap ##########
# Old city's stop day not given by any source (domain §3.2 NOT FOUND); SH 15 / S7: new Shanghai cover from next month's 15th;
# 43 ①: gap ≤3 months paid back → from the payment month, retroactive (national vs regional: confirm-locally, name both).
# expect (B13–B17): NO day in December called plainly "covered" / "在待遇停止前，可以报销"; not settled / confirm-locally;
#   never "covered to 2026-12-14" for a person who was not insured in Shanghai in November.
echo "=== B13"; en 'moved from hangzhou to shanghai, new company pays from december, no insurance in november, doctor dec 10?\n'
echo "=== B14"; zh '从广州跳槽到上海 11月没交 12月开始上海单位交 12月8号看病能报吗\n'
echo "=== B15"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 1 --gap-ended 2026-12 --region shanghai --treatment-date 2026-12-10 --treatment-until 2026-12-20 --brief --lang en
echo "=== B16"; en 'moved from beijing to shanghai, left old job end of october, shanghai job started in december, doctor next week?\nyes\n'
# B17 self-payer move into Shanghai (43 ① applies to self-payers too; SH7 三(四) 6-month wait, waiver within 3 months).
echo "=== B17"; ask --scheme employee --payer individual --cross-city --gap-months 1 --gap-ended 2026-12 --region shanghai --treatment-date 2026-12-14 --brief --lang en

########## 2e. R14-U1 siblings: Shanghai resident year ##########
# SH 17: continuous + in window → "自下一年度起"; no source gives when Shanghai's resident year starts.
# expect (B19–B21): "from the next (resident) year, ask 12393 when" / not settled; a plain "resumes on 2027-01-01" = R14-U1 recurs.
echo "=== B19"; en 'shanghai resident scheme, paid every year, already paid for next year, doctor jan 2?\n'
echo "=== B20"; zh '上海 城乡居民医保 每年都按时交 明年的也交了 下个月看病能报吗\n'
echo "=== B21"; ask --scheme resident --broken-years 0 --in-window --region shanghai --treatment-date 2027-01-05 --brief --lang en

########## 2f. n32 siblings: "this year" + a broken resident year ##########
# expect (B22, B23): no span starting 2026-01-01; no lost conversation; 1 broken year → 38 wait; January not covered / not settled
#   (Zhejiang: ZJ 23/31 and 38 both named); never plain covered.
echo "=== B22"; zh '上海 居民医保 今年一整年都没交 现在补 下个月看病能报吗\n0\n'
echo "=== B23"; en 'hangzhou resident insurance, skipped this year entirely, paying now, surgery next month?\n1\n'

########## 2g. Shanghai 15th-day stops inside spans ##########
# SH7 三(三) + S7: first unpaid month M → stop on the 15th of M+1; covered until the 14th while the stop is ahead (issue item 3).
# expect B24: 2026-12-10..14 covered (stop ahead, ask 12393 if paying before avoids it), from 2026-12-15 not covered.
echo "=== B24"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-10 --treatment-until 2026-12-18 --brief --lang en
# expect B25 (December unpaid): stop 2027-01-15; January 1–14 covered (ahead), from 01-15 not covered/not settled; never all January covered.
echo "=== B25"; en 'shanghai, my employer skipped december payment, hospital next month?\nstill operating\n'
# expect B26 (Nov first unpaid, flexible): stop 2026-12-15; 12-14 covered, 12-15..20 not covered.
echo "=== B26"; zh '上海灵活就业 11月没交 12月也没交 下周看病能报吗\n'

########## 2h. Zhejiang / Guangdong waits, caps, employer gone, first enrolment, calendar ##########
# expect B27 (ZJ 29 ¶2, paid December): cover from 2027-02-01; February covered-if-paid.
echo "=== B27"; en 'shaoxing freelancer missed october and november, paid again today, doctor in february?\n'
# expect B28 (GD 12 / 43 ③, gap 5 months, paid since December): a cap "at the latest" (≈2027-07-01), resumes_on not a date;
#   May 2027 not settled; never plain "not covered" or "covered".
echo "=== B28"; en 'guangzhou to shenzhen, 5 month gap, new job paying since december, hospital in may 2027?\nyes\n'
# expect B29 (ZJ 28, employer absconded, unpaid since Oct): fund stops from the 2nd natural month; employer bears the benefits;
#   first step "enrol yourself now"; 2026-12-20 never plain "covered".
echo "=== B29"; ask --scheme employee --payer unit --reason arrears --unit-status absconded --since 2026-10 --region 宁波 --treatment-date 2026-12-20 --brief --lang en
# expect B30 (employer gone, Hangzhou, unpaid since Nov): first step enrol yourself; next week not plain covered.
echo "=== B30"; en 'boss ran off, hangzhou factory closed, no insurance paid since november, hospital next week\n'
# expect B31 (ZJ 29 ¶1, first enrolment registered December): cover from 2027-01-01; January covered-if-paid.
echo "=== B31"; en 'never had medical insurance, just registered as a freelancer in hangzhou this month, surgery in january?\n'
# expect B32 (ZJ 23, 31 ¶1, continuous resident, pays by 12-31): January covered-if-paid from 2027-01-01; deadline 2026-12-31.
echo "=== B32"; zh '嘉兴 居民医保 一直交的 明年的还没交 12月31号之前交 1月份看病能报吗\n'
# expect B33 (correction may→june, resumed October, ZJ 29 ¶2): cover from 2026-12-01; dec 1 and dec 20 covered-if-paid.
echo "=== B33"; en 'hangzhou freelancer, stopped in may, no wait, june. paid again in october. doctor dec 1 and dec 20?\n'
# expect B34 (ZJ 28 arrears since Oct, employer operating): stopped from the 2nd natural month; 12-20 covered only if the employer
#   pays on time (then reimbursed) — never plain covered; late fees are the employer's.
echo "=== B34"; en 'ningbo, company hasnt paid my insurance since october, its still in business. can i see a doctor dec 20? and do i owe late fees?\n'
# expect B35 (ZJ 30 ¶2, benefit ended Nov, paying again, month unknown): December not settled; never plain covered.
echo "=== B35"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-11 --paying-again --region 绍兴 --treatment-date 2026-12-15 --brief --lang en
# expect B36 (Shanghai, benefit to Nov, next week): covered to 2027-01-14 by S7 analogy, or not settled; plain "not covered" = safe-side MISLEADING.
echo "=== B36"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-11 --region shanghai --treatment-date 2026-12-14 --treatment-until 2026-12-20 --brief --lang en
# expect B37 (43 ③ self-payer move, gap 5, paid Dec, March span): cap "at the latest", March not settled; resumes_on not a date.
echo "=== B37"; ask --scheme employee --payer individual --cross-city --gap-months 5 --gap-ended 2026-12 --region national --treatment-date 2027-03-01 --treatment-until 2027-03-31 --brief --lang en

########## 3. Regression: OK items of round 14 ##########
# expect REG15-1 (S2): 12-14 covered, from 12-15 not covered.
echo "=== REG15-1"; zh '上海 公司11月开始没交医保 下周住院能报吗\n正常经营\n'
# expect REG15-2 (E2): 2027-01-01..14 not covered; from 01-15 covered-if-paid; waiver by 2027-01-14.
echo "=== REG15-2"; zh '上海 公司倒闭了 老板找不到了 从9月开始没交 下个月住院咋办\n'
# expect REG15-3 (C2): 2027-06-01 cap reached, covered-if-paid.
echo "=== REG15-3"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 6 --gap-ended 2026-11 --region national --treatment-date 2027-06-01 --brief --lang en
# expect REG15-4 (Q7): ZJ 23/31 and 38 both named, January not settled.
echo "=== REG15-4"; zh '杭州 居民医保 今年没交 现在交明年的 下个月看病能报吗\n1年\n0\n'

########## 4. Probes (added after §2–§3 ran; expectations written before these ran) ##########
# B6 kind (benefit over + "since <month> I pay myself" read as the benefit's last month).
# expect P1–P3: Sept/Oct resumption → ZJ 30 ¶3 / 29 ¶2 cover from 2026-11-01 / 2026-12-01; December covered-if-paid, not settled,
#   or a question; NEVER "benefit up to <payment month>" + "not covered … 2027-02-01".
echo "=== P1"; zh '宁波 失业金领完了 不知道哪个月 从9月开始我自己按灵活就业交 12月15号住院能报吗\n'
echo "=== P2"; en 'wenzhou, unemployment benefit ended dont know when, since october i pay myself, doctor dec 15?\n'
echo "=== P3"; en 'ningbo, unemployment benefit ended, not sure when, i have been paying myself since september, hospital dec 15?\n'
# B11 kind (resumption planned "下个月/next month" = January): ZJ 29 ¶2 → 2027-03-01; February not covered on that plan.
# expect P4–P6: February not covered / not settled, or the plan reported as not used; NEVER February covered-if-paid with
#   "按本月缴费计 … 2027-02-01" and the plan silently dropped.
echo "=== P4"; zh '杭州 灵活就业 9月开始没交 下个月再交 2月10号手术能报吗\n'
echo "=== P5"; en 'ningbo freelancer, gap since october, will pay again next month, surgery feb 10?\n'
echo "=== P6"; en 'shaoxing flexible worker, stopped in august, going to pay again next month, checkup in february ok?\n'
# B25 kind (Shanghai employer skipped the current month): stop 2027-01-15; Jan 1–14 covered (ahead); verdict must not be
#   "Nothing to pay back / 无需补缴"; first step: press the employer (SIL 63, 82).
echo "=== P7"; zh '上海 公司这个月的医保没交 下个月住院能报吗\n正常经营\n'
echo "=== P8"; ask --scheme employee --payer unit --reason arrears --since 2026-12 --region shanghai --treatment-date 2027-01-10 --treatment-until 2027-01-20 --brief --lang en
