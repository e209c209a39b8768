#!/usr/bin/env bash
# Audit round 16 re-check (AUDIT-ROUND16-RECHECK.md): new siblings of R15-M1, R15-M2, R15-M3. One command per case.
# Each case prints "=== <id>" then the output. Re-run against another binary with BJ=/path/to/bujiao.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日; SIL = 社会保险法.
# Today is 2026-12-07 (Monday): "下周/next week" = 2026-12-14..2026-12-20; "下个月/next month" = 2027-01.
# "covered-if-paid" = "covered only if you pay / 只有按上面的时间缴费才能报销"; "not settled" = "… not settled: ask 12393".
# The R15 exact inputs (B6, P2, P3, P4, B11, P5, P6, B25, P7, P8) are re-run from round15-recheck-cases.sh, not repeated here.
BJ=${BJ:-/tmp/bj-audit19}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

########## A. R15-M1 siblings: benefit ended (month unknown) + the month paying resumed, other word orders ##########
# ZJ 30 ¶3 / 29 ¶2: resumed Oct → cover from 2026-12-01; resumed Sept → 2026-11-01. The benefit's last month is unknown.
# expect (N1–N3): a question (benefit's last month), or December covered-if-paid / not settled; NEVER "benefit up to <payment month>"
#   with "not covered … resumes 2027-02-01" (or any resumption date computed from December).
echo "=== N1"; en 'my unemployment benefit in hangzhou is over, no idea which month. paying flexible since october myself. clinic dec 18 ok?\n'
echo "=== N2"; zh '从10月起我自己交了 之前领失业金 领完不记得哪个月了 温州 12月20号住院能报吗\n'
echo "=== N3"; en 'jiaxing. paid myself from september on, before that unemployment benefit (ended, forgot the month). doctor on dec 21?\n'
# expect N4 (ask, benefit ended Aug, paying again from Oct, Huzhou): ZJ 30 ¶3 → cover from 2026-12-01; 2026-12-15 covered / covered-if-paid;
#   never "not covered"; never a 2027 resumption.
echo "=== N4"; ask --scheme employee --reason unemployment-benefit --benefit-ended 2026-08 --gap-ended 2026-10 --region 湖州 --treatment-date 2026-12-15 --brief --lang en

########## B. R15-M2 siblings: a restart planned next month or in a named month ##########
# ZJ 29 ¶2: pay from 2027-01 → cover 2027-03-01; from 2027-02 → 2027-04-01; from 2027-03 → 2027-05-01.
# expect N5, N6 (plan January, treatment February): February not covered / not settled / plan reported; NEVER "按本月缴费计 … 2027-02-01"
#   or "resumes on 2027-02-01" with February covered-if-paid.
echo "=== N5"; en 'taizhou freelancer, havent paid since august, gonna restart in january, hospital feb 3?\n'
echo "=== N6"; zh '金华 灵活就业 断了3个月 打算下月开始续交 2月份做手术能报吗\n'
# expect N7 (plan February, treatment April): April covered-if-paid (2027-04-01); never "resumes 2027-02-01".
echo "=== N7"; en 'hangzhou self employed, gap since oct, plan to pay again in february, surgery in april?\n'
# expect N8 (plan March, treatment April): April not covered (cover 2027-05-01); never April covered-if-paid.
echo "=== N8"; zh '宁波 自己交的医保 9月断了 打算3月份再交 4月份看病能报吗\n'
# expect N9 (ask, gap Oct–Nov, resumed December, Wenzhou): cover 2027-02-01; 2027-02-20 covered-if-paid/covered; 2027-01 never covered.
echo "=== N9"; ask --scheme employee --payer individual --since 2026-10 --gap-ended 2026-12 --region 温州 --treatment-date 2027-02-20 --brief --lang zh

########## C. R15-M3 siblings: employer has not paid this month's / last month's premium ##########
# Verdict must be "employer must pay"-like (SIL 63, 82), never "Nothing to pay back / 无需补缴"; first step presses the employer.
# Shanghai SH7 三(三) + S7: first unpaid month M → stop on the 15th of M+1; days before a stop still ahead are covered (issue item 3).
# expect N10 (SH, November unpaid, Dec 10): stop 2026-12-15; 12-10 covered (ahead) with the 12393 question.
echo "=== N10"; en 'shanghai, company didnt pay november insurance, still running, doctor dec 10?\n'
# expect N11 (SH, last month unpaid, next week): 12-14 covered; 12-15..12-20 not covered.
echo "=== N11"; zh '上海 单位上个月没给交医保 公司正常 下周看病能报吗\n'
# Zhejiang ZJ 28: suspended from the 2nd natural month counting the unpaid month; paid on time → gap costs reimbursed;
#   late → employer bears benefits. December unpaid → suspended from 2027-01-01; November unpaid → from 2026-12-01.
# expect N12 (Hangzhou, this month unpaid, January): January reimbursed only if the employer pays on time / not settled; never plain covered;
#   never "Nothing to pay back".
echo "=== N12"; en "hangzhou, my employer hasnt paid this month's medical insurance, company is fine, hospital in january?\n"
# expect N13 (Ningbo, last month unpaid, 12-20): suspended from 2026-12-01; 12-20 only if the employer pays on time; never plain covered.
echo "=== N13"; zh '宁波 公司上个月的医保没交 还在正常经营 12月20号住院能报吗\n'
# Guangdong / elsewhere: no stored source gives the stop day for employer arrears (domain §3.2, §3.4–3.5).
# expect N14–N16: employer must pay; the day not settled (ask 12393); never plain covered; never "Nothing to pay back".
echo "=== N14"; en "shenzhen, boss didnt pay last month's medical insurance, company still operating, doctor next week?\n"
echo "=== N15"; zh '广州 公司这个月医保没交 正常经营 下个月住院能报吗\n'
echo "=== N16"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region 成都 --treatment-date 2026-12-15 --brief --lang en

########## D. Follow-ups (added after A–C ran; expectations written before these ran): the chats that stopped at a question ##########
# expect F1 (N2 + region): the benefit-month question, or December covered-if-paid / not settled; NEVER "失业金领到2026-10" + 不能报销 … 2027-02-01.
echo "=== F1"; zh '从10月起我自己交了 之前领失业金 领完不记得哪个月了 温州 12月20号住院能报吗\n温州\n'
# expect F2 (N5 + Taizhou, Zhejiang; plan January): 2027-02-03 not covered; cover 2027-03-01 (ZJ 29 ¶2).
echo "=== F2"; en 'taizhou freelancer, havent paid since august, gonna restart in january, hospital feb 3?\ntaizhou zhejiang\n'
# expect F3 (N12 + no earlier gap): ZJ 28 → suspended from 2027-01-01; January reimbursed only if the employer pays on time / not settled;
#   never plain covered; never plain "not covered" without the on-time back-payment (safe-side MISLEADING); never "Nothing to pay back".
echo "=== F3"; en "hangzhou, my employer hasnt paid this month's medical insurance, company is fine, hospital in january?\n0\n"
# expect F4 (N13 + operating): ZJ 28 → suspended from 2026-12-01; 12-20 only if the employer pays on time / not settled; never plain covered.
echo "=== F4"; zh '宁波 公司上个月的医保没交 还在正常经营 12月20号住院能报吗\n正常经营\n'
# expect F5 (N14 + 1 month): Guangdong has no stored source for the arrears stop day → next week not settled; employer must pay; never plain covered.
echo "=== F5"; en "shenzhen, boss didnt pay last month's medical insurance, company still operating, doctor next week?\n1 month\n"
# expect F6 (Shenzhen, this month unpaid, January): January not settled; never plain covered; a stated Guangdong stop day is UNSUPPORTED.
echo "=== F6"; en "shenzhen, employer skipped this month's medical insurance payment, company is normal, hospital next month?\n"
