#!/usr/bin/env bash
# Audit round 14 re-check (AUDIT-ROUND14-RECHECK.md): every command run, one per case.
# Each case prints a "=== <id>" line, then the output. Re-run against another binary with BJ=/path/to/bujiao.
# §1 runs the round-13 script unless SKIP_R13=1 (SKIP_R12=1 is passed through; round 13's §1 runs round 12's).
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日; SH = 上海市医疗保障条例;
# 43 = 医保办发〔2021〕43号 ①–③; GD = 粤医保规〔2022〕6号; SIL = 社会保险法; 38 = 国办发〔2024〕38号 (居民等待期).
# Today is 2026-12-07 (Monday): "下周/next week" = 2026-12-14..2026-12-20; "下个月/next month" = 2027-01; "3月份/in March" = 2027-03.
# "covered-if-paid" = "covered only if you pay / 只有按上面的时间缴费才能报销" (conditional, acceptable).
# "not settled" = "whether … is covered is not settled: ask 12393 / 能否报销还不确定" (acceptable wherever the sources leave it open).
# A span (week/month) is judged day by day: any day the answer calls covered must be covered by the sources.
BJ=${BJ:-/tmp/bj-audit17}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

if [ "${SKIP_R13:-}" != 1 ]; then
  echo "=== R13-SCRIPT (round13-recheck-cases.sh)"
  BJ="$BJ" SKIP_R12="${SKIP_R12:-}" bash "$(dirname "$0")/round13-recheck-cases.sh"
fi

########## 2a. R13-W1″ siblings: benefit OVER, month unknown (English run-ons), December day / span ##########
# SIL 48 / ZJ 30 ¶1 / SH 15 cover only "在领取失业保险金期间". Over + nothing paid: ZJ 30 ¶2–¶3, 29 ¶2 gap; SH7 三(三); 43 / GD 12.
# expect (A1–A7): a question (the month), "not covered", or "not settled"; NEVER "while you draw unemployment benefit … covered
#   (SIL art. 48)" / "在领取失业保险金期间…可以按规定报销"; NEVER "benefit up to 2026-12/2027-01" taken from the treatment day;
#   NEVER "Nothing to pay back / 无需补缴" as the verdict.
echo "=== A1"; en 'ningbo unemployment benefit ended a while back not sure when. hospital 18 dec ok?\n'
echo "=== A2"; en 'shanghai my jobless benefit stopped some months ago cant remember when, surgery dec 22, covered?\n'
echo "=== A3"; en 'wenzhou - unemployment benefit finished, dont recall when, paid nothing after. clinic dec 11 and dec 29 both ok?\n'
echo "=== A4"; en 'hangzhou unemployment benefit stopped a few months back not sure when. hospital next week ok?\n'
echo "=== A5"; zh '上海 失业金前几个月就停了 不记得哪个月 下周住院能报吗\n'
echo "=== A6"; en 'jiaxing - unemployment benefit ended, dont remember when. doctor next month, covered?\n'
echo "=== A7"; en 'hangzhou shi ye jin ting le, bu ji de shen me shi hou, 12 yue 15 hao kan bing neng bao ma\n'
# expect A8 (resumed in October as flexible worker, ZJ 30 ¶3 / 29 ¶2: 3rd natural month counting Oct = 2026-12-01):
#   12-15 covered-if-paid (or a question); never "covered (SIL art. 48)"; never "not covered" with cover from 2026-12-01.
echo "=== A8"; en 'shaoxing, my unemployment benefit ran out, not sure when, but i started paying myself in october. doctor dec 15?\n'
# expect A9 (benefit LAST month is December, Zhejiang): benefit covers Dec (SIL 48); after it ZJ 30 ¶2 continuation gives no first
#   day -> January not plain covered: not covered / not settled / covered-if-paid with the continuation named.
echo "=== A9"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-12 --region 杭州 --treatment-date 2027-01-05 --treatment-until 2027-01-31 --brief --lang en
# expect A10 (Shanghai, benefit to Dec; premiums paid through Dec; S7: stops the 15th of the month after the first unpaid month):
#   next month (Jan) covered (stop 2027-02-15 at the earliest) or not settled; never "not covered" for January without a source.
echo "=== A10"; zh '上海 失业金领到12月 下个月住院能报吗\n'

########## 2b. R13-M2 siblings: a resident who never missed a year (ZJ 23, 31 ¶1; SH 17) ##########
# expect (M1–M4): no broken year recorded; no 38号 waiting period; January (2027) covered / covered-if-paid from 2027-01-01;
#   never "plan on 2027-05-01", never "pay back broken years", never "today not covered".
echo "=== M1"; en 'shaoxing resident insurance, never skipped a year, paid 2027 today, doctor jan 6?\n'
echo "=== M2"; zh '湖州 居民医保 从来没断过 2027年的今天交了 1月6号看病能报吗\n'
echo "=== M3"; en 'hangzhou resident insurance, i never missed a single year, paid next years already, hospital in january ok?\n'
echo "=== M4"; zh '宁波居民医保 年年都交的 没断过 明年的也交了 下个月做手术能报吗\n'
# expect M5 (ask, broken 0, no --repay-years): 2027-01-02 covered-if-paid from 2027-01-01 (ZJ 31 ¶1); "Missing --repay-years" = friction (n30).
echo "=== M5"; ask --scheme resident --broken-years 0 --region 宁波 --treatment-date 2027-01-02 --brief --lang en
# expect M6 (Shanghai resident, continuous, paid in the window): SH 17 -> from next year (2027); no wait; Jan 10 covered,
#   covered-if-paid, or not settled (SH 17 window has no dates) — never a broken year or "plan on" a later date.
echo "=== M6"; en 'shanghai resident insurance, never missed a year, paid 2027 in the enrolment period, hospital jan 10?\n'

########## 2c. R13-U1 siblings: the 43号 ③ cap's boundary days (sources say only "不超过6个月") ##########
# expect C1 (Oct payment): the day before the counted cap (2027-04-30, cap 2027-05-01 counting whole months) "not settled";
#   never covered-if-paid on a day a 6-month wait could still cover; resumes_on never a date.
echo "=== C1"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 5 --gap-ended 2026-10 --region national --treatment-date 2027-04-30 --brief --lang en
# expect C2 (Nov payment, 2027-06-01: after any 6-month count from a November payment): covered-if-paid or not settled.
echo "=== C2"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 6 --gap-ended 2026-11 --region national --treatment-date 2027-06-01 --brief --lang en
# expect C3 (chat, Oct payment, 2027-04-30): not settled; "at the latest" cap; never "resumes on".
echo "=== C3"; en 'moved from xian to chengdu, 5 months without insurance, new job paying since october, operation april 30 2027?\nyes\n'
# expect C4 (zh, Nov payment, 明年5月底 = 2027-05-31): not settled (R13-U1's day).
echo "=== C4"; zh '从南京跳槽到武汉 断了半年 11月新单位开始交 明年5月31号住院能报吗\n对\n'
# expect C5 (span: all of May 2027, Nov payment): every May day not settled; never "covered" for the month.
echo "=== C5"; en 'moved from chengdu to wuhan, 6 months without insurance, new employer started paying in november, surgery sometime in may 2027, covered?\nyes\n'
# expect C6 (ask span 2027-05-25..06-05 across the cap): days before the cap not settled; never covered for the whole span.
echo "=== C6"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 6 --gap-ended 2026-11 --region national --treatment-date 2027-05-25 --treatment-until 2027-06-05 --brief --lang en

########## 2d. Shanghai 15th-day stops and restarts inside a span ##########
# expect S1 (arrears from Nov -> stop 2026-12-15; span 12-14..12-20): 12-14 covered (stop ahead, 12393 question);
#   12-15..12-20 not covered; never "covered" for the whole week.
echo "=== S1"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-14 --treatment-until 2026-12-20 --brief --lang en
# expect S2, S3 (chat, next week): as S1.
echo "=== S2"; zh '上海 公司11月开始没交医保 下周住院能报吗\n正常经营\n'
echo "=== S3"; en 'shanghai, boss hasnt paid my medical insurance since november, going to hospital next week, am i covered?\nstill operating\n'
# expect S4 (Shanghai flexible worker missed Nov): stop 2026-12-15 (S7); 12-14 covered at most; 12-15.. not covered; never whole week covered.
echo "=== S4"; en 'shanghai flexible worker, missed the november payment, doctor next week ok?\n'
# expect S5 (Shanghai flexible, unpaid from Oct -> stop 2026-11-15; pays in Dec, inside SH7 三(四) 3-month waiver): cover back
#   2027-01-15 at the earliest (S7 次月15日); January span: 01-01..01-14 not covered; never all January covered.
echo "=== S5"; zh '上海灵活就业 10月份断的 这个月接着交 下个月住院能报吗\n'
# expect S6 (employer unpaid from Sept -> stop 2026-10-15; pays all back in Dec -> back 2027-01-15): March covered-if-paid;
#   January before the 15th not covered.
echo "=== S6"; en 'shanghai, employer stopped paying in september, they say they will pay it all back this month. surgery in march? and what about jan 10?\nstill operating\n'
# expect S7 (pinyin, SH arrears from Nov, next week): as S1.
echo "=== S7"; en 'shang hai gong si 11 yue kai shi mei jiao yi bao, xia zhou zhu yuan neng bao ma\nzheng chang jing ying\n'

########## 2e. Zhejiang / Guangdong waits with spans ##########
# expect Z1 (ZJ 29 ¶2, pays Dec -> 2027-02-01): next month (January) not covered; never covered.
echo "=== Z1"; en 'hangzhou freelancer, stopped paying in july, paying again this month, surgery next month?\n'
# expect Z2 (pays Dec -> 2027-02-01): "3月份" covered-if-paid.
echo "=== Z2"; zh '温州 灵活就业 断了4个月 这个月续上了 3月份要做手术 能报吗\n'
# expect Z3 (pays Dec): 下个月 (Jan) not covered.
echo "=== Z3"; zh '嘉兴 灵活就业 断了3个月 12月续交 下个月住院能报不\n'
# expect Z4 (resumed Nov -> 2027-01-01): next week (12-14..20) not covered.
echo "=== Z4"; en 'ningbo, freelancer, gap since august, started paying again in november, hospital next week?\n'
# expect Z5 (resumed Oct -> 2026-12-01): next week covered-if-paid (or a question about the gap).
echo "=== Z5"; en 'taizhou flexible worker, had a gap from june, restarted in october, doctor next week?\n'
# expect Z6 (pays again in January 2027 -> 2027-03-01): "in march" covered-if-paid; "february" not covered.
echo "=== Z6"; en 'lishui freelancer, gap from september, i will pay again from january, surgery in march? and checkup in february?\n'
# expect Z7 (ZJ 28 employer arrears from Nov -> suspended 2026-12-01; employer bears / reimbursed if paid in time): next month
#   not plain covered; not settled or covered-if-paid with ZJ 28 named; first step presses the employer (SIL 63).
echo "=== Z7"; zh '温州 公司11月开始欠费没交医保 下个月住院能报吗\n正常经营\n'
# expect G1 (Shenzhen, same-city job change, gap Oct–Dec, new job Jan): local wait not in the sources; "in march" not settled;
#   never plain covered; a cap only "at the latest".
echo "=== G1"; en 'shenzhen, left my job end of september, new job in shenzhen from january, hospital in march?\n'
# expect G2 (广州, 2-month gap, new company next month): 3月份 not settled or covered-if-paid; never plain covered.
echo "=== G2"; zh '广州换工作 断了两个月 下个月新公司交 3月份手术能报吗\n'

########## 2f. Moves between cities ##########
# expect MV1 (Hangzhou -> Ningbo, flexible, no gap): the step is to transfer the record (SIL 32, 经办条例 13); next week not
#   "not covered" without a source (covered, covered-if-paid, or not settled).
echo "=== MV1"; en 'moved from hangzhou to ningbo, kept paying as a freelancer, no gap at all, doctor next week?\n'
# expect MV2 (Shenzhen -> Shanghai, 1-month gap, Dec payment): 43 ① vs SH 15 both named; next week not settled; never plain yes.
echo "=== MV2"; zh '从深圳调到上海上班 中间断了一个月 12月上海公司交上了 下周看病能报吗\n'

########## 2g. Employer gone ##########
# expect E1 (Wenzhou shop shut, owner gone, unpaid since Oct): first step enrol yourself now; January not covered / not settled.
echo "=== E1"; en 'shop in wenzhou shut down, owner vanished, nobody paid my insurance since october, doctor next month?\n'
# expect E2 (Shanghai, company closed, unpaid since Sept -> stopped 2026-10-15): first step enrol yourself; January not covered.
echo "=== E2"; zh '上海 公司倒闭了 老板找不到了 从9月开始没交 下个月住院咋办\n'

########## 2h. First enrolment ##########
# expect F1 (Ningbo flexible first enrolment this month, ZJ 29 ¶1 -> 2027-01-01): "in january" covered-if-paid.
echo "=== F1"; en 'first time getting medical insurance, freelancer in ningbo, registering this week, surgery in january?\n'
# expect F2 (Shenzhen first enrolment): start not in the sources -> ask 12393; no invented date.
echo "=== F2"; ask --first-enrolment --scheme employee --payer individual --region 深圳 --treatment-date 2027-02-01 --brief --lang en

########## 2i. Resident scheme calendar ##########
# expect RC1 (Hangzhou resident, missed 2026, paying 2027 now): ZJ 23/31 ¶1 (from 2027-01-01) vs 38号 wait (3 + 1) both named;
#   January not settled or not covered; never plain covered.
echo "=== RC1"; en 'hangzhou resident insurance, missed 2026 completely, paying for 2027 now, doctor in january?\n1\n0\n'
# expect RC2 (Shanghai resident, broke one year): SH 17 + 38: January not covered / not settled.
echo "=== RC2"; zh '上海 居民医保 今年断了一年 现在交 下个月住院能报吗\n0\n'

########## 2j. Corrections and two questions ##########
# expect X1 (correction to July; resumed Nov -> 2027-01-01): 12-20 not covered; 2027-01-05 covered-if-paid.
echo "=== X1"; en 'ningbo freelancer, stopped in june - sorry, july - paying again since november. doctor dec 20 and jan 5?\n'
# expect X2 (voice run-on, correction Jul->Aug, Hangzhou flexible, not yet paid): January not covered (even paying in Dec: 2027-02-01).
echo "=== X2"; zh '我是杭州的灵活就业那个我7月份开始就没交了哦不对是8月份然后我下个月想去做个手术能报吗要补交吗\n'

########## 3. Regression: OK items of round 13 ##########
# expect REG14-1 (U-ask): stopped 2026-09-01; 12-10 not covered.
echo "=== REG14-1"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --region 杭州 --treatment-date 2026-12-10 --brief --lang en
# expect REG14-2 (S1): 12-14 covered (stop 2026-12-15 ahead) + 12393 question.
echo "=== REG14-2"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-14 --brief --lang en
# expect REG14-3 (C2): resumes_on null, resumes_latest 2027-07-01.
echo "=== REG14-3"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 4 --gap-ended 2026-12 --region national --treatment-date 2027-03-01 --format json | grep -E '"resumes_(on|latest)"|"verdict"'
# expect REG14-4 (R5): 2026-11-01; 12-18 covered-if-paid.
echo "=== REG14-4"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-07 --gap-ended 2026-09 --region 湖州 --treatment-date 2026-12-18 --brief

########## 4. Probes P1–P24 (written after §2–§3 ran, expectations first, committed before running) ##########
# A7 (pinyin "shi ye jin ting le, bu ji de shen me shi hou") was answered "正在领失业金 … 可以按规定报销（社会保险法第48条）".
# expect P1–P6: never "covered (SIL art. 48)" / "可以按规定报销（社会保险法第48条）" when the person says the benefit stopped/ended;
#   a question (the month), not covered, or not settled.
echo "=== P1"; en 'shanghai shi ye jin ting le, bu ji de shen me shi hou, 12 yue 15 hao zhu yuan neng bao ma\n'
echo "=== P2"; en 'ningbo shiyejin yijing meiyou le, 12 yue 18 hao kan bing neng bao ma\n'
echo "=== P3"; en 'hangzhou unemployment benifit stoped, dunno when, doctor dec 15 ok?\n'
echo "=== P4"; zh '杭州 失业金停了 不记得什么时候 12月15号看病能报吗\n'
echo "=== P5"; en 'hangzhou shi ye jin ling wan le, 12 yue 15 hao kan bing\n'
# control: the benefit still paid (pinyin "hai zai ling"): covered (SIL 48) is right.
echo "=== P6"; en 'hangzhou shi ye jin hai zai ling, ling dao ming nian 3 yue, 12 yue 15 hao kan bing neng bao ma\n'
# A8 ("ran out, not sure when, but i started paying myself in october") recorded October as the benefit's last month and said
#   12-15 "not covered", wait to 2027-02-01. Resumed in October: ZJ 30 ¶3 / 29 ¶2 -> 2026-12-01 (or ¶2 prompt continuation: no
#   first day). expect P7–P10: never "not covered" for 12-15 with the benefit's end taken from the resumption month; covered-if-paid,
#   not settled, or a question about the benefit's month.
echo "=== P7"; en 'shaoxing, my unemployment benefit ran out, not sure when, but i started paying myself in october. doctor dec 15?\nnot sure\n'
echo "=== P8"; zh '绍兴 失业金领完了 不记得哪个月 我10月开始自己交的 12月15号看病能报吗\n'
echo "=== P9"; en 'hangzhou, unemployment benefit finished a while ago, been paying as a freelancer since october, hospital dec 15 covered?\n'
echo "=== P10"; zh '杭州 失业金早领完了 10月份开始我自己按灵活就业交的 12月15号住院能报吗\n'
# Z6 ("i will pay again from january, surgery in march? and checkup in february?") dropped the January plan and said February
#   covered-if-paid "if paid this month", "the wait ends on 2027-02-01". ZJ 29 ¶2: paying from January -> 2027-03-01.
# expect P11–P14: the planned month used (Feb not covered, March covered-if-paid) or reported as not used; never "the wait ends
#   on 2027-02-01" as a plain fact for someone paying from January.
echo "=== P11"; en 'lishui freelancer, gap from september, i will pay again from january, checkup in february ok?\n'
echo "=== P12"; zh '丽水 灵活就业 9月开始断的 打算明年1月再接着交 2月份看病能报吗\n'
echo "=== P13"; en 'hangzhou freelancer, gap since august, going to restart paying in january, surgery feb 10?\n'
echo "=== P14"; zh '杭州灵活就业 8月起断了 明年1月份再开始交 2月10号手术能报销吗\n'
# MV2 ("从深圳调到上海上班 中间断了一个月 12月上海公司交上了 下周看病能报吗") said "2026-12-14在待遇停止前，可以报销" (Shanghai's
#   15th applied to cover that was Shenzhen's). 43 ① (payment month Dec, retroactive if back-paid) vs SH 15 / S7 (a new Shanghai
#   enrolment: next month's 15th). expect P15–P19: 12-14 not settled (or covered-if-paid naming 43 ① and SH 15), never plain covered.
echo "=== P15"; zh '从深圳调到上海上班 中间断了一个月 12月上海公司交上了 12月14号看病能报吗\n'
echo "=== P16"; en 'moved from shenzhen to shanghai for work, 1 month gap in november, shanghai company pays from december, doctor dec 14?\nyes\n'
echo "=== P17"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 1 --gap-ended 2026-12 --region shanghai --treatment-date 2026-12-14 --brief --lang en
echo "=== P18"; ask --scheme employee --payer unit --reason job-change --cross-city --since 2026-11 --gap-ended 2026-12 --region shanghai --treatment-date 2026-12-10 --treatment-until 2026-12-20 --brief
# expect P19 (into Hangzhou, same facts): ZJ 28/29 vs 43 ① both; 12-14 never plain covered.
echo "=== P19"; zh '从上海调到杭州上班 中间断了一个月 12月杭州公司交上了 12月14号看病能报吗\n对\n'
# control P20 (same-city Shanghai job change, Nov unpaid, Dec paid): Shanghai cover to 2026-12-14 (S7) -> 12-14 covered is right.
echo "=== P20"; ask --scheme employee --payer unit --reason job-change --gap-months 1 --gap-ended 2026-12 --region shanghai --treatment-date 2026-12-14 --brief --lang en
# RC2 ("上海 居民医保 今年断了一年 现在交 下个月住院能报吗") recorded treatment "2026-01-01至2027-01-31" and then lost the session.
# expect P21–P23: the span is 2027-01 only; the dialog carries on to an answer; January not covered or not settled (SH 17 + 38).
echo "=== P21"; zh '上海 居民医保 今年断了一年 现在交 下个月住院能报吗\n0\n'
echo "=== P22"; zh '上海 居民医保 断了一年 下个月住院能报吗\n0\n'
echo "=== P23"; en 'shanghai resident insurance, broke for a year this year, paying now, hospital next month?\n0\n'
# expect P24 (MV1 + 0, no gap, Hangzhou -> Ningbo freelancer): transfer step (SIL 32); next week never "not covered" without a source.
echo "=== P24"; en 'moved from hangzhou to ningbo, kept paying as a freelancer, no gap at all, doctor next week?\n0\n'
# expect P25 (F1 continued, first enrolment in Ningbo): ZJ 29 ¶1 -> 2027-01-01; January covered-if-paid; no gap invented.
echo "=== P25"; en 'first time getting medical insurance, freelancer in ningbo, registering this week, surgery in january?\nno\n'
# expect P26, P27 (Z2/Z3 continued with the gap): Dec payment -> 2027-02-01 (ZJ 29 ¶2); March covered-if-paid; January not covered.
echo "=== P26"; zh '温州 灵活就业 断了4个月 这个月续上了 3月份要做手术 能报吗\n4个月\n'
echo "=== P27"; zh '嘉兴 灵活就业 断了3个月 12月续交 下个月住院能报不\n3个月\n'

########## 5. Probes Q1–Q8 (written after P1–P27 ran, expectations first, committed before running) ##########
# expect Q1 (pinyin with the month "8 yue ting le"): benefit to 2026-08 -> stopped 2026-09-01 (ZJ 30 ¶3 / 29 ¶2); 12-15 not covered;
#   never SIL 48.
echo "=== Q1"; en 'hangzhou shi ye jin 8 yue ting le, 12 yue 15 hao kan bing neng bao ma\n'
# expect Q2 (pinyin "shi ye jin" with no word on whether it still runs): a question (the month) or not settled; never a plain SIL 48
#   "covered" on a fact the person did not give (round 13 asked the month for zh "失业金" without an end month).
echo "=== Q2"; en 'hangzhou shi ye jin, 12 yue 15 hao kan bing neng bao ma\n'
# expect Q3 (P16 continued, "changed jobs"): 12-14 not settled (43 ① vs SH 15); never plain covered.
echo "=== Q3"; en 'moved from shenzhen to shanghai for work, 1 month gap in november, shanghai company pays from december, doctor dec 14?\nchanged jobs\nyes\n'
# expect Q4 (ask, into Shanghai from Hangzhou, gap Nov, treatment 12-01..12-14 as a span): never "covered" for those days.
echo "=== Q4"; ask --scheme employee --payer unit --reason job-change --cross-city --gap-months 1 --gap-ended 2026-12 --region shanghai --treatment-date 2026-12-01 --treatment-until 2026-12-14 --brief --lang en
# expect Q5 (P19 continued, into Hangzhou): ZJ vs 43 ①; 12-14 never plain covered.
echo "=== Q5"; zh '从上海调到杭州上班 中间断了一个月 12月杭州公司交上了 12月14号看病能报吗\n对\n12月\n'
# expect Q6 (en, future resumption, Shanghai flexible: pay from January): stop already 2026-11-15 (gap from Oct); cover never before
#   2027-02-15 on that plan; February 1 never covered-if-paid "if paid this month" without naming the plan.
echo "=== Q6"; en 'shanghai freelancer, stopped paying in october, will start again in january, doctor feb 1?\n'
# expect Q7, Q8 ("今年" + "下个月" span): span 2027-01 only; the chat reaches an answer.
echo "=== Q7"; zh '杭州 居民医保 今年没交 现在交明年的 下个月看病能报吗\n1年\n0\n'
echo "=== Q8"; en 'hangzhou flexible worker, this year i stopped in august, paying again this month, hospital next month?\n'
