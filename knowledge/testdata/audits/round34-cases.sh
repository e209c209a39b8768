#!/bin/sh
# Audit round 34 cases. Run: sh round34-cases.sh > /tmp/audit34/b1.txt
BJ=${BJ:-/tmp/bj-audit34}
T=2026-12-08
run() { echo "=== $1"; shift; printf '%s\n' "$@" | "$BJ" chat --today "$T"; echo; }

# RA (recheck R33-M1), zh voice run-on, correction halfway (5月底 -> 6月底), Shanghai employer -> Hangzhou employer from July, no month missed.
# expect: correction kept: Shanghai paid through June, NO gap, nothing to 补缴; 06-25 in Shanghai covered (paid month, S6 三(三)/S7);
# 08-03 Hangzhou covered or hedged (43号 ①: no gap -> no waiting; ZJ 28 2nd natural month = Aug); NEVER a June gap / "只有补缴才能报".
run RA "我上海公司的社保交到5月底不对是交到6月底的7月开始杭州新公司接着交的一个月没断过6月25号在上海看的病8月3号在杭州住的院这两次都能报吗"

# RB (recheck R33-M1), en, correction halfway + two questions at once, Shanghai employer -> Shenzhen employer from May.
# expect: correction kept: Shanghai paid through April, no gap, owe nothing; 04-28 Shanghai covered (paid month; SH stop 06-15 per S7);
# 09-09 Shenzhen covered or hedged (43号 ① no gap); NEVER an April gap, back-pay demand, or "covered only if you pay".
run RB "shanghai job paid my insurance thru march, sorry, thru april. then my shenzhen employer started may 1 and has paid every month since. had a clinic visit in shanghai on april 28 and an ER in shenzhen on sept 9. were those covered and do i owe anything"

# F1 zh, year + last paid month ("去年交到9月"), Hangzhou flexible, resumed Nov 2026, "现在能报吗".
# expect: gap from 2025-10 to 2026-10 (13 months, NOT 2026-10 onward); ZJ 29 ¶2: benefits from 3rd natural month counting the
# payment month -> 2027-01-01; so NOT covered today 2026-12-08 (a city's more favourable back-pay rule could change it: hedge ok).
# WRONG if "covered now".
run F1 "我是杭州灵活就业自己交医保的去年交到9月后来就没交了今年11月又开始交了现在看病能报吗"

# F2 zh, planned move told as a plan ("下个月准备去苏州上班"), Shanghai employer paid through Nov, planned surgery 12-20 in Shanghai.
# expect: plan not taken as done; Dec unpaid -> SH stop 2027-01-15 (S7 次月15日; S6 三(三) 自次月起), so 12-20 covered (or hedged),
# NOT "停保 from 12-01"/12-20 not covered; Dec gap 1 month ≤3 -> can back-pay in Suzhou, no waiting (43号 ①).
run F2 "我在上海的公司交到11月底，12月初离职了，下个月准备去苏州上班，新公司说1月开始交。12月20号我约了个小手术在上海做，能报吗？中间12月断一个月有影响吗？"

# F3 zh, months missing in the middle ("2月和3月没交上"), Guangzhou employer, hospital 03-10.
# expect: gap Feb–Mar 2026 (2 months), then paid again from April: employer must pay arrears (SIL 63, late fee 万分之五/day on employer, SIL 86);
# 03-10 NOT called covered as things stand (covered only after back-pay / ask 12393); no waiting period invented for today; today covered or hedged.
run F3 "广州的，单位今年2月和3月没给我交上，4月起又正常交了，3月10号住院花了一万多，能报吗？要我自己补吗？"

# F4 en, Shanghai flexible, month corrected halfway (July -> August), resumed Nov, "am I covered right now?", planned checkup 12-22.
# expect: gap Sep–Oct (2 months), not Aug; Shanghai flexible rule S6 三(四): 6-month wait restarts only if interrupted DURING the wait;
# no source says a paid-up flexible worker's 2-month break starts a new wait, nor that cover is back -> hedge (ask 12393).
# WRONG if "covered right now" stated as fact, or gap counted from August.
run F4 "I'm flexible employed in Shanghai, I stopped paying after July, no sorry, after August, and started again in November. am I covered right now? I also have a checkup booked Dec 22"

# F5 en, move where the old city is Shanghai: Shanghai employer paid through June -> Chengdu employer from November, hospital Chengdu 12-01.
# expect: gap Jul–Oct = 4 months (>3) -> 43号 ③: Chengdu may set a waiting period ≤6 months (Chengdu rule NOT FOUND) -> 12-01 not
# confidently covered; Shanghai stop 2026-07-15 (S7). WRONG if 12-01 called covered or the gap treated as ≤3 months/retroactive.
run F5 "left my shanghai job end of june, they paid through june. started at a chengdu company in november and they pay from november. i was in hospital in chengdu on dec 1. is that covered? what about the months in between"

# F6 zh, employer gone (Shenzhen boss ran off), paid through June 2026, no job now, doctor 10-05.
# expect: gap since 2026-07 to today; 10-05 NOT covered (no premiums; no source gives cover); options: flexible/resident, employer arrears
# (SIL 63/86, 劳动监察/税务); Shenzhen waiting/back-pay NOT FOUND -> hedge. WRONG if 10-05 called covered.
run F6 "深圳的老板跑路了 社保只交到今年6月 我现在没工作 10月5号看病自己掏的钱 还能报吗 现在该怎么办"

# F7 en, first enrolment, Hangzhou flexible, first paid Oct 2026, planned surgery corrected halfway (Nov 20 -> Nov 25).
# expect: ZJ 29 ¶1: first enrolment -> benefits from 2nd natural month of registration = 2026-11-01 -> 11-25 covered (hedge ok);
# NOT a 6-month wait (that is Shanghai's), NOT "not covered".
run F7 "first time ever getting medical insurance. i registered as a flexible worker in hangzhou and paid for the first time in october 2026. i had a surgery on november 20, wait it was november 25. is it covered?"

# F8 en, Guangdong in-province move with a gap that ended: Dongguan employer through March -> Guangzhou employer from June; ER 05-12; in hospital since 12-02.
# expect: gap Apr–May (2 months ≤3): S10 Art. 12 back-pay under Guangzhou rules, no waiting, benefits from payment month, retroactive
# -> 05-12 covered only if the gap is back-paid; 12-02 covered (paid since June). WRONG if 05-12 covered without back-pay or 12-02 not covered.
run F8 "I worked in Dongguan, the company paid until end of March. Found a job in Guangzhou and they started paying in June, so April and May were unpaid. I had an ER visit on May 12 and I've been in hospital since Dec 2. what do I need to do?"

# ---- batch 2: follow-ups (written after batch 1, before running them). Run: sh round34-cases.sh > /tmp/audit34/b2.txt
# RAb: RA asked "你断缴了5个月，对吗？" although it had read "没有断缴". expect: after "不对" -> no gap, nothing to 补缴;
# 06-25 covered (Shanghai paid month), 08-03 covered or hedged; NEVER a 5-month gap or "只有补缴才能报".
run RAb "我上海公司的社保交到5月底不对是交到6月底的7月开始杭州新公司接着交的一个月没断过6月25号在上海看的病8月3号在杭州住的院这两次都能报吗" "2" "一个月都没断过"

# RBb: RB dropped the correction and called 09-09 "not covered". expect after restating: no gap; 09-09 covered or hedged (43号 ①); owe nothing.
run RBb "shanghai job paid my insurance thru march, sorry, thru april. then my shenzhen employer started may 1 and has paid every month since. had a clinic visit in shanghai on april 28 and an ER in shenzhen on sept 9. were those covered and do i owe anything" "no, april was paid too and shenzhen paid from may, there was no gap at all"

# F2b: F2 asked the gap length. expect: 1 month (Dec 2026), Shanghai stop 2027-01-15 (S7) -> 12-20 covered or hedged, not "not covered";
# Suzhou job is a plan (Jan 2027), not a fact.
run F2b "我在上海的公司交到11月底，12月初离职了，下个月准备去苏州上班，新公司说1月开始交。12月20号我约了个小手术在上海做，能报吗？中间12月断一个月有影响吗？" "就12月一个月"

# F4b: F4 dropped "no sorry, after August". expect after restating: gap Sep–Oct (2 months), SH stop 10-15; 12-22 hedged; never "covered right now" as fact.
run F4b "I'm flexible employed in Shanghai, I stopped paying after July, no sorry, after August, and started again in November. am I covered right now? I also have a checkup booked Dec 22" "no, august was paid. only september and october are missing"

# F5b: old city Shanghai, paid through June. expect: S7 次月15日 -> Shanghai cover to 2026-08-14, so a Shanghai visit on 08-10 covered (or hedged); WRONG if "not covered".
run F5b "left my shanghai job end of june, they paid through june. started at a chengdu company in november and they pay from november. i was in hospital in chengdu on dec 1. is that covered? what about the months in between" "i also saw a doctor in shanghai on aug 10, was that covered?"

# ---- batch 3 (written before running): F2c answers F2b's "新工作在另一个城市吗？".
# expect: Dec 2026 1-month gap; Suzhou job (2027-01) a plan; SH stop 2027-01-15 (S7) -> 12-20 covered or hedged, never "not covered";
# 1 month ≤3 -> back-pay in Suzhou possible, no waiting (43号 ①).
run F2c "我在上海的公司交到11月底，12月初离职了，下个月准备去苏州上班，新公司说1月开始交。12月20号我约了个小手术在上海做，能报吗？中间12月断一个月有影响吗？" "就12月一个月" "是的，去苏州"
