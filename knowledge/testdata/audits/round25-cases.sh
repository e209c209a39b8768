#!/usr/bin/env bash
# Audit round 25: recheck of round 24 findings (AUDIT-ROUND24.md: open R24-M2, M3, M4, M8; said fixed W1-W3, M1, M5-M7)
# with 2 NEW wordings each (22 runs), plus 30 fresh cases (Z1..Z15 zh, E1..E15 en). [risk] = a day could wrongly be
# called covered. Sources for "# expect:": /work/shared/domain.md, /work/shared/law/*.md, /work/shared/seeds/* only.
# No Go code, diffs, history, tests, scenario/KB YAML or held-out sets read. Expectations written before running.
# ZJ = 浙江省医疗保障条例 (21 twenty years, monthly/lump; 28 ¶2 2nd natural month after registration; 28 ¶3 unpaid ->
#   suspended from 2nd natural month, fund pays if employer pays within tax deadline; 28 ¶4 else employer bears, one-time
#   back-pay -> resume 2nd natural month after back-pay; 29 ¶1 flexible first enrolment 2nd natural month; 29 ¶2 flexible
#   gap not covered, resume 3rd natural month counting payment month; 29 ¶3 more favourable city rule; 30 unemployed; 31 resident).
# SH = 上海市医疗保障条例 15 (costs while stopped not paid), 16 (retirement years), 17 (resident wait; newborns special);
# SH7 = 沪医保规〔2025〕7号 三(三) (stop 次月; restore month after full back-pay), 三(四) (flexible wait 6 months, waived if
#   joined within 3 months of losing benefits); S7 = 次月15日 / retirement >15 years.
# 43号 = 医保办发〔2021〕43号 (① transfer gap <=3 months: back-pay, no wait, retroactive; ② resident<->employee after >=2
#   continuous years, gap <=3 months: same; ③ >3 months: local wait <=6). GD = 粤医保规〔2022〕6号 (6 years; 8 local >=10
#   years; 10 monthly/lump; 11 account / resident; 12 in-province transfer; 13 switch; 14 account not moved in province).
# 38号 = 国办发〔2024〕38号 (resident: 3 months fixed + 1/yr broken, repair 1 per year paid, floor 6 if >=4 years; newborns exempt).
# SIL = 社会保险法 (23, 27, 32, 58, 63, 86). Today 2026-12-07 (Mon).
BJ=${BJ:-/tmp/bj-audit25}
D="--today 2026-12-07"
c() { id=$1; shift; echo "=== $id"; printf '%s\n' "$@" | "$BJ" chat $D; echo; }

########## Rechecks (2 new wordings each) ##########
## R24-M2 resident -> employee switch (43号 ②, GD 13)
# expect M2a: 6 years continuous resident, 2026 paid -> covered to 12-31; Jan-Feb 2027 empty (2 months <=3); employee from 03-01 -> 43号 ②: back-pay, no waiting, retroactive. Not 38号 resident wait, not "restart cover", not newborn FAQ.
c M2a "我爸在宁波交居民医保已经连续6年了 2026年的也交过了 他明年3月1号进厂 厂里交职工医保 1月2月空着 会不会有等待期"
# expect M2b: 4 years resident, 2026 paid; employee from 2027-01-15 -> switch within <=3 months after >=2 years -> GD 13 / 43号 ②: no waiting, retroactive. Not "enrol and pay to restart".
c M2b "guangzhou here. been on the resident plan for 4 yrs, 2026 is paid. new job from jan 15 2027 with employee insurance. will i get a waiting period or a hole in coverage?"

## R24-M3 second treatment day in the same message (SH 15, S7; ZJ 28)
# expect M3a [risk]: Aug unpaid -> stop 09-15 (S7 次月15日); 09-03 before stop: covered; 10-08 after stop: not covered (SH 15, even after back-pay). BOTH days judged.
c M3a "上海 公司8月起就没给我交医保了 我9月3号和10月8号都去医院看过 这两次能报吗"
# expect M3b [risk]: July unpaid -> suspended 08-01 (ZJ 28 ¶3); 08-05 and 09-20 both in the suspension: fund pays only if employer pays within the tax deadline, else employer bears (¶4). Neither called plainly covered; both judged.
c M3b "hangzhou, employer stopped paying in july. i saw a doctor aug 5 and again sept 20, which of those is covered?"

## R24-M4 Shanghai months paid back (SH 15, SH7 三(三))
# expect M4a [risk]: July unpaid -> stop 08-15; 08-20 in stopped period -> NOT paid even though Jul+Aug were back-paid (clear no).
c M4a "上海的 7月8月没上班医保断了 9月进了新公司 新公司帮我把7、8月补交了 8月20号那次住院花了一万多 能报吗"
# expect M4b [risk]: Oct unpaid -> stop 11-15; 11-25 in stopped period -> not reimbursed despite the back-pay; resume month after back-pay.
c M4b "shanghai. i was between jobs in october and november, new employer since december and they also paid oct+nov retroactively last week. my er visit on nov 25, will that be reimbursed?"

## R24-M8 Zhejiang resumption after paying back (ZJ 29 ¶2-3)
# expect M8a: flexible, resumed/back-paid in Oct and kept paying -> from 3rd natural month counting Oct = 2026-12-01; today covered. Not "sources don't say".
c M8a "温州 灵活就业 7月到9月没交 10月份把这三个月一起补上了 之后每月正常交 现在什么时候开始能报销 今天去看病行不行"
# expect M8b [risk]: paid back + resumed in Nov -> from 2027-01-01 (ZJ 29 ¶2); 12-20 NOT covered unless a more favourable city rule (¶3).
c M8b "jiaxing, self-employed, missed aug and sept premiums, caught up by paying both in november and kept paying. when do i get coverage back? have a checkup dec 20"

## R24-W1 correction of the resumption month (ZJ 29 ¶2)
# expect W1a: resumed Sep (corrected) -> covered from 11-01; 12-05 covered. Not Sep taken as gap start.
c W1a "湖州 我是自己交的灵活就业 之前断了几个月 8月份恢复交的 不对 是9月份恢复的 12月5号看病能报吗"
# expect W1b: resumed Aug (corrected) -> from 10-01; 12-01 covered.
c W1b "zhejiang shaoxing, flexible worker, started paying again in july, no wait, it was august. is my dec 1 visit covered?"

## R24-W2 month-range gap between cities (43号 ①)
# expect W2a [risk]: Hangzhou paid to June, Jul-Sep gap (3 months), Dongguan from Oct -> 08-10 inside the gap: not covered as it stands; covered only after back-pay under 43号 ① (retroactive). Not "covered".
c W2a "之前在杭州上班 医保交到6月 7到9月没交 10月去了东莞新公司 8月10号在杭州看过病 能报吗"
# expect W2b [risk]: SZ paid through May, Jun-Aug gap (3 months), SH from Sep -> 07-20 inside the gap: not covered unless back-paid (43号 ①). Not "covered".
c W2b "moved from shenzhen to shanghai. shenzhen paid through may, shanghai job started september, so jun-aug nothing. was my july 20 visit covered?"

## R24-W3 Shanghai flexible start month with correction (SH7 三(四))
# expect W3a [risk]: paying since Aug 2026 (corrected), 6-month wait -> pooled benefits about Feb 2027 (Aug..Jan); not a wait measured from now.
c W3a "上海 灵活就业 我是7月开始交的 哦说错了 8月开始交的 之前断了一年多 什么时候能报"
# expect W3b: paying since May 2026 (corrected) -> 6 months May..Oct -> benefits about 2026-11-15; 12-15 covered if payments continue. Not "wait into 2027".
c W3b "shanghai freelancer, i restarted paying in june — sorry, actually may — after 18 months of nothing. can i claim for a visit on dec 15?"

## R24-M1 paid within the tax deadline (ZJ 28 ¶3)
# expect M1a: Sep unpaid -> suspended 10-01; paid in full within the ordered deadline -> fund reimburses the 10-18 stay.
c M1a "金华 单位9月份医保欠着 税务局责令限期缴 单位在期限内10月底前交齐了 我10月18号住院的钱医保给报吗"
# expect M1b: Aug unpaid -> suspended 09-01; paid within the deadline -> fund pays the 09-12 bill.
c M1b "my employer in taizhou zhejiang was late with august premiums; tax office set a deadline, they paid everything on time within it. hospital bill from sept 12, will medical insurance pay?"

## R24-M5 retirement short years (ZJ 21, S7 / SH 16)
# expect M5a: 16 years, retiring in 2028 -> ~18 years at retirement, ZJ 21 needs 20 -> short ~2; monthly or lump sum. Not "无需补缴".
c M5a "绍兴 职工医保交了16年 一直在上班没断过 后年退休 退休以后医保还要交吗"
# expect M5b: 13 years, retire 2027 -> ~14 < >15 (S7) -> must pay up to required years (SH 16). Not "nothing to pay".
c M5b "shanghai, 13 years of employee medical contributions, never interrupted, retiring in 2027. do I need to pay anything more to get retiree medical?"

## R24-M6 first flexible enrolment (ZJ 29 ¶1)
# expect M6a [risk]: registered 12-02 -> cover STARTS 2027-01-01; December not covered. Not treated as a gap / "resumes".
c M6a "杭州 我第一次以灵活就业身份参加职工医保 12月2号刚办的登记 这个月看病能报吗"
# expect M6b: registered 11-28 -> 2nd natural month = 12-01 -> 12-18 covered; "starts", not "resumes".
c M6b "ningbo, just signed up for employee medical insurance as a freelancer for the first time on nov 28. when does it start? dentist dec 18"

## R24-M7 last PAID month read as first unpaid
# expect M7a [risk]: last paid Aug -> Sep first unpaid -> suspended 10-01 (ZJ 28 ¶3); 12-10 in suspension: fund only if employer pays within deadline. Not "stopped 09-01".
c M7a "宁波 我查了下 最后一笔医保是8月份的 之后单位就没交了 12月10号看病能报吗"
# expect M7b: paid through Sep, left 09-30 -> Oct first unpaid -> stop 11-15 (S7); not covered now; flexible within 3 months of stop -> no wait (SH7 三(四)). Not "stopped 10-15".
c M7b "i left my job in shanghai, last day was sept 30, they paid medical up to september. how long am i still covered?"

########## Fresh cases: Chinese ##########
# expect Z1 [risk]: GZ employer owes since Sep, still operating; GZ rule NOT FOUND -> 12-09 not confirmed covered; employer must pay (SIL 63, 86); 12393.
c Z1 "广州 公司这几个月都没交医保 老板说资金紧张 大概9月开始没交的 过两天要去做胃镜 能报不"
# expect Z2 [risk]: 杭 = Hangzhou; boss gone, Oct unpaid -> suspended 11-01; employer bears (ZJ 28 ¶4); next Monday 12-14 not covered by the fund; option flexible enrolment (ZJ 29/30: 3rd natural month).
c Z2 "杭 老板跑路了 联系不上 医保10月就没交了 我怎么办 下周一要看病"
# expect Z3 [risk]: 鹏城 = Shenzhen; bankrupt, Nov unpaid; wife gives birth next month (Jan) -> not confirmed covered; wife's own insurance matters; SZ local rules NOT FOUND; new job / flexible; 12393.
c Z3 "鹏城这边 公司破产了 11月的医保没交 我现在该咋办 老婆下个月要生了"
# expect Z4: 沪 = Shanghai; "don't know" twice -> no loop; give rule (stop 次月15日 after first unpaid month; flexible within 3 months = no wait, SH7 三(四)) with hedge; no invented months.
c Z4 "沪 我上个月辞职了 医保现在还能用吗" "不知道" "不知道"
# expect Z5 [risk]: Wenzhou -> Foshan, Nov gap (1 month) -> 43号 ① / GD 12: back-pay Nov, no waiting, retroactive; 12-03 covered only once Nov is back-paid.
c Z5 "我从温州跳槽到佛山了 温州交到10月 佛山12月开始交 11月空了一个月 12月3号看病了能报吗"
# expect Z6 [risk]: GZ flexible, Oct-Nov missed, paid in Dec -> local rule NOT FOUND; tomorrow not confirmed covered; 12393.
c Z6 "我在广州跑网约车 自己交的灵活就业医保 10月11月忘记交了 12月补了 还能报销吗 明天要去医院"
# expect Z7 [risk]: SH student, resident/college scheme unpaid 2 years -> 38号/SH 17 waiting >= 3 months (+1 per broken year); winter-break tooth (Jan-Feb 2027) not covered.
c Z7 "我儿子在上海读大学 外地户口 学校那个医保去年没交 今年也没交 现在补还来得及吗 寒假回来要拔牙"
# expect Z8 [risk]: hz = Hangzhou; newborn 11-20, not enrolled; newborns exempt from wait (38号) but retro-from-birth rule NOT FOUND -> hedge; enrol now; not confident "covered".
c Z8 "hz 宝宝11月20号出生的 还没给办医保 出生后住了几天保温箱 能报吗"
# expect Z9 [risk]: Henan elderly resident, 2 years broken -> 3 fixed + 2 variable = 5 months, repair by paying years down to 3 (38号); not immediate.
c Z9 "我妈67了 在河南老家交居民医保 前年和去年都没交 今年想交 交了多久能用"
# expect Z10 [risk]: GZ employer back-paid Aug-Sep in Nov; 09-15 visit: GZ rule NOT FOUND -> hedge, not a confident yes; 12393.
c Z10 "广州 公司之前漏交了我8月9月的医保 11月已经补上了 9月15号看的门诊现在能报吗"
# expect Z11 [risk]: SH Sep unpaid -> stop 10-15; 11-01..11-10 not covered; 12-20 not covered unless back-paid and restored (month after back-pay) -> not covered if paid in Dec. Both the past range and the planned day judged.
c Z11 "上海 单位从9月开始没交医保 我11月1号到11月10号住院了 能报吗 另外12月20号还要复查"
# expect Z12: SZ woman retiring 2027, 18 years total, 8 in SZ -> GD 8: local >=10 -> 2 short; city cumulative figure NOT FOUND (2030: 25 for women, GD 6); monthly or lump (GD 10).
c Z12 "深圳 女 明年55退休 医保一共交了18年 在深圳交了8年 退休后能享受医保吗"
# expect Z13: first job, Dongguan, starts 12-01, never insured -> FIRST enrolment: cover "starts" (not "resumes"); employer registers within 30 days (SIL 58); local start day NOT FOUND -> hedge.
c Z13 "我刚毕业 第一份工作 东莞的公司12月1号入职 以前从来没交过医保 什么时候开始能用"
# expect Z14 [risk]: sister in Jiaxing, corrected Sep+Oct unpaid -> suspended 10-01 (ZJ 28 ¶3); 12-15 surgery: fund only if employer pays within deadline, else employer bears; not plainly covered.
c Z14 "帮我姐问的 她在嘉兴 嗯 就是那个 单位欠了她两个月医保 呃 10月和11月 不对 是9月和10月 然后她12月15号要做手术 能不能报啊"
# expect Z15 [risk]: Beijing (dialect), Oct-Nov unpaid; Beijing rule not confirmed -> this week not confirmed covered; employer must pay; 12393.
c Z15 "北京滴 俺们单位俩月没给上医保咧 10月11月 俺这礼拜想去瞅瞅腰 中不"

########## Fresh cases: English ##########
# expect E1 [risk]: GZ employer unpaid since Oct, still there; correction (own checkup, not kid's vaccine); next week not confirmed covered; employer must pay.
c E1 "gz. my company hasnt paid medical since oct, hr says theyll catch up in january. can i use it for my kids vaccine? no wait, for my own checkup next week"
# expect E2 [risk]: SH boss gone, last paid Aug -> Sep unpaid -> stop 10-15; 12-15 surgery not covered; flexible by ~2027-01-15 -> no wait (SH7 三(四)) but 12-15 still not covered.
c E2 "shanghai, my boss disappeared in september, last premium paid was august. i need surgery dec 15. what now?"
# expect E3 [risk]: HZ bankrupt, June unpaid -> suspended 07-01; Aug 3-10 stay: employer bears (ZJ 28 ¶4), not fund; paying self from Dec -> 3rd natural month 2027-02-01 (ZJ 29 ¶2/30).
c E3 "company in hangzhou went bankrupt, they owe premiums from june. i was hospitalized aug 3-10. and will anything be covered if i pay myself from now on?"
# expect E4: Lishui, left end Oct, Oct paid -> cover ends about 12-01 (estimate); may continue as flexible (SIL 23); after gap 3rd natural month (ZJ 29 ¶2/30). Both questions answered.
c E4 "quit my job in lishui end of october, they paid for oct. how long does my coverage last and can i keep it going myself?"
# expect E5 [risk]: SH job change, paid thru Jul, Aug-Sep gap, new job Oct -> stop 09-15; 09-20 not covered (SH 15); new employer from Oct -> covered by 12-10 (S7 次月15日). Both days judged.
c E5 "shanghai, changed jobs, old one paid thru july, new one started oct. gap aug sep. i went to the doctor sep 20 and have another appt dec 10, are they covered"
# expect E6 [risk]: gz -> sz, paid through Aug, Dec start, Sep-Nov gap (3 months) -> GD 12: back-pay, no waiting, retroactive; 10-02 covered only after back-pay; account not moved (GD 14).
c E6 "moved from gz to sz for work. gz paid through august, sz started in december. sep-nov empty, thats 3 months. my er visit oct 2?"
# expect E7: SH, paid through Oct -> stop 12-15; joining flexible within 3 months of stop -> no 6-month wait (SH7 三(四)).
c E7 "lost my shanghai job, employer paid through october. im going to register as a flexible worker next week. will i have the 6 month waiting period?"
# expect E8 [risk]: GZ newborn 12-01, no hukou yet; newborn exempt from waiting (38号); local enrolment/retro NOT FOUND -> hedge; NICU not confidently covered.
c E8 "baby born dec 1 in guangzhou, hukou not sorted yet. can we get resident insurance and does the NICU stay count?"
# expect E9 [risk]: Chengdu grandma, 5 years unpaid resident -> 3 + 5 = 8 months; repair down to floor 6 (>=4 years broken, 38号); not immediate.
c E9 "my grandma in chengdu hasnt paid resident insurance for 5 years. if we pay now, when can she use it?"
# expect E10: Huzhou flexible, Sep missed, paid Sep+Oct in Oct -> resume 3rd natural month counting Oct = 12-01 (ZJ 29 ¶2); 12-09 covered.
c E10 "huzhou, flexi worker, i missed september only, paid it in october along with october. dr appt dec 9, covered?"
# expect E11 [risk]: Wenzhou employer owes Nov -> suspended 12-01; 12-20..01-05 stay in the suspension: fund only if employer pays within deadline, else employer bears; not plainly covered.
c E11 "wenzhou, employer owes nov premiums. ill be in hospital from dec 20 to jan 5, will it be covered?"
# expect E12 [risk]: SH, own employee insurance unpaid since Nov -> stop 12-15; wife's Feb 2027 birth depends on HER insurance; not "covered".
c E12 "my wife is due in feb 2027 in shanghai. im employee insured but my company hasnt paid since november. does maternity coverage still hold?"
# expect E13: Hangzhou man, 22 years incl. 4 in Anhui -> accumulate (SIL 32) -> 22 >= 20 (ZJ 21): qualifies (city may lengthen only with province approval); lump sum possible if short.
c E13 "hangzhou, 58 male, 22 years employee medical but 4 of them were in anhui. do i qualify at retirement, and can i pay lump sum if not?"
# expect E14 [risk]: first job in Wuhan from 12-14 -> cover STARTS; employer registers within 30 days (SIL 58); Wuhan start rule NOT FOUND -> 12-28 not confirmed covered.
c E14 "first job ever, starting in wuhan on dec 14. when does my medical insurance start? i have a dentist dec 28"
# expect E15: Foshan dad retired, 19 years, 6 in Foshan -> GD 8: local >=10 -> 4 short; city cumulative figure NOT FOUND; monthly or lump (GD 10, base 上上年度 avg wage, employer rate); personal account / resident option (GD 11).
c E15 "asking for my dad in foshan, he retired this year but only has 19 yrs of employee medical, 6 of them in foshan. wat does he need to do"

########## Batch 2: answers to the assistant's follow-up questions (expectations as above unless noted) ##########
c M2a2 "我爸在宁波交居民医保已经连续6年了 2026年的也交过了 他明年3月1号进厂 厂里交职工医保 1月2月空着 会不会有等待期" "0年"
c M2b2 "guangzhou here. been on the resident plan for 4 yrs, 2026 is paid. new job from jan 15 2027 with employee insurance. will i get a waiting period or a hole in coverage?" "1 month"
c M3a2 "上海 公司8月起就没给我交医保了 我9月3号和10月8号都去医院看过 这两次能报吗" "今年" "今年"
c M3b2 "hangzhou, employer stopped paying in july. i saw a doctor aug 5 and again sept 20, which of those is covered?" "this year" "this year"
c M4a2 "上海的 7月8月没上班医保断了 9月进了新公司 新公司帮我把7、8月补交了 8月20号那次住院花了一万多 能报吗" "不是 同一个城市"
c M4b2 "shanghai. i was between jobs in october and november, new employer since december and they also paid oct+nov retroactively last week. my er visit on nov 25, will that be reimbursed?" "no, same city"
# expect M8b2 [risk]: October was also only paid in November -> resumed Nov -> 2027-01-01 (ZJ 29 ¶2); 12-20 not covered.
c M8b2 "jiaxing, self-employed, missed aug and sept premiums, caught up by paying both in november and kept paying. when do i get coverage back? have a checkup dec 20" "no, october was only paid in november too"
c W1a2 "湖州 我是自己交的灵活就业 之前断了几个月 8月份恢复交的 不对 是9月份恢复的 12月5号看病能报吗" "3个月"
c W1b2 "zhejiang shaoxing, flexible worker, started paying again in july, no wait, it was august. is my dec 1 visit covered?" "4 months"
c W2a2 "之前在杭州上班 医保交到6月 7到9月没交 10月去了东莞新公司 8月10号在杭州看过病 能报吗" "3个月"
c W2b2 "moved from shenzhen to shanghai. shenzhen paid through may, shanghai job started september, so jun-aug nothing. was my july 20 visit covered?" "1"
c M1a2 "金华 单位9月份医保欠着 税务局责令限期缴 单位在期限内10月底前交齐了 我10月18号住院的钱医保给报吗" "正常经营"
c M1b2 "my employer in taizhou zhejiang was late with august premiums; tax office set a deadline, they paid everything on time within it. hospital bill from sept 12, will medical insurance pay?" "october" "this year"
c M5a2 "绍兴 职工医保交了16年 一直在上班没断过 后年退休 退休以后医保还要交吗" "一直是单位交的 没断过"
c M5b2 "shanghai, 13 years of employee medical contributions, never interrupted, retiring in 2027. do I need to pay anything more to get retiree medical?" "all 13 in shanghai"
c M6b2 "ningbo, just signed up for employee medical insurance as a freelancer for the first time on nov 28. when does it start? dentist dec 18" "no gap, this is my first time ever"
c M7a2 "宁波 我查了下 最后一笔医保是8月份的 之后单位就没交了 12月10号看病能报吗" "1"
c Z2b "杭 老板跑路了 联系不上 医保10月就没交了 我怎么办 下周一要看病" "杭州"
c Z3b "鹏城这边 公司破产了 11月的医保没交 我现在该咋办 老婆下个月要生了" "1个月"
c Z7b "我儿子在上海读大学 外地户口 学校那个医保去年没交 今年也没交 现在补还来得及吗 寒假回来要拔牙" "0年"
c Z9b "我妈67了 在河南老家交居民医保 前年和去年都没交 今年想交 交了多久能用" "0年"
c Z10b "广州 公司之前漏交了我8月9月的医保 11月已经补上了 9月15号看的门诊现在能报吗" "今年"
c E5b "shanghai, changed jobs, old one paid thru july, new one started oct. gap aug sep. i went to the doctor sep 20 and have another appt dec 10, are they covered" "no, same city"
c E6b "moved from gz to sz for work. gz paid through august, sz started in december. sep-nov empty, thats 3 months. my er visit oct 2?" "1"
c E9b "my grandma in chengdu hasnt paid resident insurance for 5 years. if we pay now, when can she use it?" "0 years"
c E13b "hangzhou, 58 male, 22 years employee medical but 4 of them were in anhui. do i qualify at retirement, and can i pay lump sum if not?" "my employer pays, never stopped"
c E14b "first job ever, starting in wuhan on dec 14. when does my medical insurance start? i have a dentist dec 28" "1"

########## Batch 3: further follow-up answers (expectations as above unless noted) ##########
c W1a3 "湖州 我是自己交的灵活就业 之前断了几个月 8月份恢复交的 不对 是9月份恢复的 12月5号看病能报吗" "3个月" "9月"
c W1b3 "zhejiang shaoxing, flexible worker, started paying again in july, no wait, it was august. is my dec 1 visit covered?" "4 months" "august"
c W2b3 "moved from shenzhen to shanghai. shenzhen paid through may, shanghai job started september, so jun-aug nothing. was my july 20 visit covered?" "1" "changed jobs, moved to another city"
c M5b3 "shanghai, 13 years of employee medical contributions, never interrupted, retiring in 2027. do I need to pay anything more to get retiree medical?" "all 13 in shanghai" "13"
c M7a3 "宁波 我查了下 最后一笔医保是8月份的 之后单位就没交了 12月10号看病能报吗" "职工医保 在职 单位交的"
# expect Z7c [risk]: "不知道" to the window question -> no loop; waiting >= 3 months (+2 broken years) -> Jan/Feb tooth not covered.
c Z7c "我儿子在上海读大学 外地户口 学校那个医保去年没交 今年也没交 现在补还来得及吗 寒假回来要拔牙" "0年" "不知道"
# expect Z9c [risk]: in window, 2 years broken, no repair -> 3 + 2 = 5 months wait (38号), not immediate from 2027-01-01.
c Z9c "我妈67了 在河南老家交居民医保 前年和去年都没交 今年想交 交了多久能用" "0年" "是"
c Z10c "广州 公司之前漏交了我8月9月的医保 11月已经补上了 9月15号看的门诊现在能报吗" "今年" "2个月"
c E6c "moved from gz to sz for work. gz paid through august, sz started in december. sep-nov empty, thats 3 months. my er visit oct 2?" "employee insurance, working"
# expect E9c [risk]: outside window, 5 years broken, no repair -> 3 + 5 = 8 months (38号).
c E9c "my grandma in chengdu hasnt paid resident insurance for 5 years. if we pay now, when can she use it?" "0 years" "no"
c E13c "hangzhou, 58 male, 22 years employee medical but 4 of them were in anhui. do i qualify at retirement, and can i pay lump sum if not?" "my employer pays, never stopped" "they didn't stop"
c E14c "first job ever, starting in wuhan on dec 14. when does my medical insurance start? i have a dentist dec 28" "employee insurance, new job"

########## Batch 4: further follow-up answers (expectations as above) ##########
c M7a4 "宁波 我查了下 最后一笔医保是8月份的 之后单位就没交了 12月10号看病能报吗" "职工医保 在职 单位交的" "单位欠费没交"
c Z10d "广州 公司之前漏交了我8月9月的医保 11月已经补上了 9月15号看的门诊现在能报吗" "今年" "2个月" "10月"
c E6d "moved from gz to sz for work. gz paid through august, sz started in december. sep-nov empty, thats 3 months. my er visit oct 2?" "employee insurance, working" "changed jobs, moved to another city"
c E13d "hangzhou, 58 male, 22 years employee medical but 4 of them were in anhui. do i qualify at retirement, and can i pay lump sum if not?" "my employer pays, never stopped" "they didn't stop" "still working, nobody stopped paying"

########## Batch 5: last follow-up answers (expectations as above) ##########
c M7a5 "宁波 我查了下 最后一笔医保是8月份的 之后单位就没交了 12月10号看病能报吗" "职工医保 在职 单位交的" "单位欠费没交" "正常经营"
c E6e "moved from gz to sz for work. gz paid through august, sz started in december. sep-nov empty, thats 3 months. my er visit oct 2?" "employee insurance, working" "changed jobs, moved to another city" "yes, another city"
