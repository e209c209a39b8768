#!/bin/sh
# Audit round 33 cases. Run: sh round33-cases.sh > /tmp/audit33/b1.txt
BJ=${BJ:-/tmp/bj-audit33}
T=2026-12-07
run() { echo "=== $1"; shift; printf '%s\n' "$@" | "$BJ" chat --today "$T"; echo; }

# RW (recheck R32-W1), zh voice run-on, Foshan -> Guangzhou employer, no unpaid month, ER in first weeks.
# expect: no gap (S10 Art. 12 / 43号: no month missed, no waiting); 2026-09-20 covered (or at worst hedged);
# NEVER "gap since 08 run to today" / 09-20 "not covered" / "resumes >= 12-07".
run RW "我在佛山的公司交到8月底然后9月广州的新公司接着交的一个月都没断过9月20号去急诊了能报吗"

# RM (recheck R32-M1), en, correction halfway, Shanghai employer -> Suzhou employer, treatment in Shanghai before SH stop.
# expect: no gap; Shanghai paid through July -> SH stop 2026-09-15 (S7 次月15日; S6 三(三) 自次月起) so 2026-08-20
# in Shanghai covered (or at least not "not settled because no source for the old city" when the old city is Shanghai).
run RM "my shanghai employer paid until end of june, no wait, end of july. a suzhou company registered me from august 5. i saw a doctor in shanghai aug 20 and another in suzhou nov 3, were both covered?"

# F1 en, move with no unpaid month: Hangzhou employer through March -> Shanghai employer from April, doctor 04-10 in Shanghai.
# expect: no gap, nothing to pay back; 04-10 not confidently "not covered"/"gap" (43号 ① no waiting on transfer;
# Hangzhou stop not given by ZJ 28 for leaving, Shanghai new-employee start 05-15 per S7) -> covered or hedged; no invented gap.
run F1 "worked for a hangzhou company through march 2026, then a shanghai company hired me and paid from april, not a single month missed. i went to a shanghai hospital april 10. covered? and am i covered today?"

# F2 zh, move with no unpaid month: 南京单位交到6月底 -> 7月宁波单位 registered, 看病 07-12 in 宁波. Two questions at once.
# expect: no gap; Ningbo benefits from 2026-08-01 (ZJ 28 ¶1, 2nd natural month) unless transfer continuity (43号 ①);
# 07-12 hedged or covered — not "断缴期间不能报"; Nanjing stop date not invented as fact (no source); nothing to 补缴.
run F2 "南京那边单位交到6月底，7月份宁波的公司给我交上了，中间没断。7月12号在宁波看了病能报吗？我要不要补交什么？"

# F3 en, flexible worker gap that ended months ago, Wenzhou: paid as flexible to Jan, nothing Feb-Apr, resumed May.
# expect: ZJ 29 ¶2: no benefits during gap; resume from 3rd natural month counting payment month -> 2026-07-01;
# today 2026-12-07 covered (if still paying); 06-10 not covered.
run F3 "i'm self-employed in wenzhou paying medical insurance myself. stopped feb march april, started again in may and kept paying every month since. am i covered today? and the june 10 clinic visit?"

# F4 zh, employer gone, Shanghai: company closed, paid through September, boss gone; clinic 11-20; surgery planned 2027-01-10.
# expect: S7/S6 三(三): SH stop 2026-11-15 -> 11-20 NOT covered; 2027-01-10 not covered unless re-enrolled;
# flexible enrolment within 3 months of losing benefits -> no waiting (S6 三(四) waiver) -> cover from the 15th of the month
# after payment (S7); never "covered" for 11-20.
run F4 "上海的公司10月份倒闭了老板跑了社保只交到9月 我11月20号去看了门诊 明年1月10号还要做手术 这两个能报吗"

# --- batch 2: follow-ups
# RMb: correction restated after RM's first answer ("Gap: 1 month, since 2026-07", region National baseline).
# expect: gap none; region Shanghai/Suzhou; 08-20 in Shanghai covered (S7: SH stop 09-15); nothing to pay back.
run RMb "my shanghai employer paid until end of june, no wait, end of july. a suzhou company registered me from august 5. i saw a doctor in shanghai aug 20 and another in suzhou nov 3, were both covered?" "no, july was paid too, there was no gap at all"
# F3b: answer the year question (this year).
# expect: 06-10 not covered (ZJ 29 ¶2: cover from 2026-07-01); today covered if still paying.
run F3b "i'm self-employed in wenzhou paying medical insurance myself. stopped feb march april, started again in may and kept paying every month since. am i covered today? and the june 10 clinic visit?" "5"
