#!/usr/bin/env bash
# Audit round 17 (AUDIT-ROUND17.md): three behaviours new since round 16, plus neighbours.
#   A. employer owing months, told in the present with nothing about its state -> answered as "still operating", with a note.
#   B. Guangdong / national-baseline employer-arrears stop day called an estimate (R16-U1 fix); SH (SH7 + S7 15th) and ZJ (art. 28) sourced.
#   C. "not sure" twice at the scheme question -> employee scheme, said so; first enrolee "not sure" twice about who pays -> self-payer.
# One command per case; each prints "=== <id>". Re-run against another binary with BJ=/path/to/bujiao.
# "# expect:" lines were written BEFORE any case in this file was run (sources: /work/shared/domain.md, /work/shared/law/*.md).
# Abbreviations: ZJ = 浙江省医疗保障条例; SH7 = 沪医保规〔2025〕7号; S7 = 上海医保局问答 次月15日; SIL = 社会保险法; 43号 = 医保办发〔2021〕43号;
#   38号 = 国办发〔2024〕38号. Today is 2026-12-07 (Monday): "下周/next week" = 2026-12-14..2026-12-20; "下个月/next month" = 2027-01.
# "not settled" = "… not settled / 还不确定: ask 12393". "presumption note" = a visible line that the employer was taken as still operating
#   and how to change it. Employer-arrears first step (issue 18 item 5): press the employer in writing, then the collection agency /
#   social insurance department (SIL arts. 63, 82); ZJ adds the employer's liability (ZJ 28 ¶4). Employer gone: enrol yourself first.
# Months owed: "欠了三个月" is read either as Sep–Nov or Oct–Dec; both readings are accepted where the day asked does not depend on it.
BJ=${BJ:-/tmp/bj-audit20}
D="--today 2026-12-07"
zh() { printf "$1" | "$BJ" chat --lang zh $D; }
en() { printf "$1" | "$BJ" chat --lang en $D; }
ask() { "$BJ" ask $D "$@"; }

########## A. Presumed "still operating": visible, correctable, never made on a hint, never overwrites a given state ##########
# expect A1 (Shenzhen, 3 months owed, present, nothing else): an answer (no unit-status gate) with the presumption note; verdict
#   "employer must pay"; stop day called an estimate / no local source (GD: domain §3.2 has no stop day); no day called covered;
#   first step presses the employer (SIL 63/82); never "nothing to pay back"; never "enrol yourself" as the FIRST step.
echo "=== A1"; zh '深圳 公司欠了我三个月医保\n'
# expect A2 (en, no region, 4 months): region asked (decisive), then Guangzhou answered as A1 with the presumption note.
echo "=== A2"; en "my company hasn't paid my insurance for 4 months\nguangzhou\n"
# expect A3 (A1 then "老板跑了"): the second answer switches to the employer-gone path: enrol yourself (flexible / resident) first,
#   complain to the social insurance agency; the presumption note is gone; never still "書面要求单位补缴" as the first step.
echo "=== A3"; zh '深圳 公司欠了我三个月医保\n老板跑了\n'
# expect A4 (Shanghai, 3 months owed, then "the company closed"): first answer: SH7 三(三)/S7 stop on the 15th (2026-10-15 or 2026-11-15),
#   today not covered, gap costs not paid (SH art. 15); presumption note. Second answer: closed path, enrol yourself first; if SH7 三(四)
#   waiver is named, its window runs 3 months from the stop day (issue 18 item 2), never from the end of the third unpaid month.
echo "=== A4"; en 'shanghai my company owes 3 months of medical insurance\nthe company closed\n'
# expect A5 (Hangzhou, "资金链断了" = hardship hint): NO "taken as still operating" note; either asks the unit's state or answers the
#   hardship path; ZJ 28 stop (2nd natural month) sourced; gap costs reimbursed only if the employer pays within the deadline.
echo "=== A5"; zh '杭州 公司三个月没交医保了 听说公司资金链断了\n'
# expect A6 (former employer in Ningbo, left): NO "still operating" presumption note; the person's current state (new job / no job)
#   asked or a left-job answer; never "your employer must pay" as if still employed there without saying it is the former employer.
echo "=== A6"; en "my old company in ningbo didn't pay my last 2 months of medical insurance before i left\n"
# expect A7 (Guangzhou, boss unreachable): employer-gone path (absconded); enrol yourself first; no presumption note.
echo "=== A7"; zh '广州 老板欠了4个月医保 人已经找不到了\n'
# expect A8 (Shenzhen, bankruptcy): bankrupt path; claim in the bankruptcy / enrol yourself; no presumption note; stop day an estimate.
echo "=== A8"; en "shenzhen company owes me 5 months of medical insurance, it's going through bankruptcy\n"
# expect A9 (Dongguan, notice of closure next month, 2 months owed): no "still operating" presumption; asks or answers closing/closed path.
echo "=== A9"; zh '东莞 公司贴通知说下个月停业了 已经欠了两个月医保\n'
# expect A10 (en, liquidation notice, Guangzhou): bankrupt/liquidation path; no presumption note.
echo "=== A10"; en 'got a notice that my employer is being liquidated, they owe 3 months medical insurance, guangzhou\n'
# expect A11 (state first "倒闭了", months second): the months message must NOT overwrite "closed" with "still operating";
#   closed path kept; no presumption note.
echo "=== A11"; zh '深圳 公司倒闭了\n欠了三个月医保\n'
# expect A12 (en, boss ran away, then months): absconded kept; ZJ 28 ¶4 stop sourced; enrol yourself first; no presumption note.
echo "=== A12"; en 'hangzhou, boss ran away last month\nhe owes 2 months of medical insurance\n'
# expect A13 (Ningbo, 2 months owed, present): presumption note; ZJ 28 sourced stop (2026-11-01 or 2026-12-01), never called an
#   estimate; reimbursed for the gap only if the employer pays within the deadline (≤60 days), else the employer bears (ZJ 28 ¶4).
echo "=== A13"; zh '宁波 单位欠我两个月医保\n'
# expect A14 (Hangzhou, 3 months behind, Dec 20): Dec 20 NOT plain "covered"; "reimbursed only if the employer pays on time / not
#   settled" (ZJ 28 ¶3) and employer liability (¶4); presumption note.
echo "=== A14"; en 'hangzhou my employer is 3 months behind on medical insurance, surgery on dec 20 covered?\n'
# expect A15 (pinyin, Shenzhen, 3 months): read as A1 (Chinese), presumption note, estimate.
echo "=== A15"; zh 'shenzhen gongsi qian le wo san ge yue yibao\n'
# expect A16 (Cantonese 走佬 = absconded, Guangzhou, 2 months): employer-gone path; no presumption note.
echo "=== A16"; zh '廣州 公司拖咗我兩個月醫保 老細走佬咗\n'
# expect A17 (en, operating then "actually the boss disappeared last week"): second answer switches to the employer-gone path.
echo "=== A17"; en 'guangzhou, employer owes me 2 months of medical insurance\nactually the boss disappeared last week\n'
# expect A18 (former employer + job change in Guangzhou): no "still operating" note on a former employer; job-change/arrears handled,
#   record transfer / new employer; never tells them their former employer is "still operating" as a fact.
echo "=== A18"; zh '前公司欠了我3个月医保 我现在换工作了 在广州\n'
# expect A19 (en, company struggling): hardship path (SIL 63 deferred-payment agreement) or a question; no presumption note.
echo "=== A19"; en "the company is struggling financially and owes 2 months of my medical insurance, shenzhen\n"
# expect A20 (merged, zh): merged path; no presumption note; agreements after a merger hedged ("in some places", issue 18 item 10).
echo "=== A20"; zh '深圳 公司被别的公司合并了 之前欠了两个月医保没交\n'
# expect A21 (en, closed first, then 'it's still open actually'): the correction to operating is accepted and re-answered.
echo "=== A21"; en "shenzhen company closed down, owes me 3 months medical\nsorry no, it's still open, they just haven't paid\n"

########## B. Estimated stop day (GD / national) vs sourced (SH, ZJ): no day before an estimated stop is "covered" ##########
# expect B1 (Guangzhou, Nov+Dec unpaid, Dec 10): stop is an estimate (2026-12-01 or so); Dec 10 not settled; never "covered".
echo "=== B1"; en "guangzhou, company hasn't paid november and december medical, company normal, doctor on dec 10?\n"
# expect B2 (Shenzhen, this month unpaid, Dec 20): an estimated stop of 2027-01-01 makes Dec 20 "before the estimated stop": must be
#   "probably / not settled, ask 12393", NEVER plain "可以报销".
echo "=== B2"; zh '深圳 公司这个月的医保没交 正常经营 12月20号住院能报吗\n'
# expect B3 (Chengdu, Nov unpaid, Nov 28 — a day already past, before an estimated 12-01 stop): never plain "covered"; not settled.
echo "=== B3"; zh '成都 单位上个月没交医保 公司正常 11月28号看的病能报吗\n'
# expect B4 (Foshan, from October, next week): stop an estimate; next week "not settled" (or "not covered" flagged as an estimate);
#   never "covered"; the estimate wording present.
echo "=== B4"; en 'foshan, employer stopped paying medical insurance from october, still in business, hospital next week?\n'
# expect B5 (Shanghai, from November, Dec 10): SH7 三(三) + S7 → stop 2026-12-15; Dec 10 covered (ahead) with the 12393 question;
#   NOT called an estimate / "no local source".
echo "=== B5"; zh '上海 公司11月开始没交医保 正常经营 12月10号看病能报吗\n'
# expect B6 (Wenzhou, December missed, Dec 28): ZJ 28 → suspended from 2027-01-01; Dec 28 covered; not called an estimate.
echo "=== B6"; en 'wenzhou employer missed december payment, company fine, doctor dec 28?\n'
# expect B7 (Beijing, 3 months, next month): national baseline, estimate, January not settled; "Beijing rules not in sources".
echo "=== B7"; zh '北京 单位三个月没给交医保了 还在正常营业 下个月住院能报吗\n'
# expect B8 (en, Guangzhou two questions: covered + late fee): estimate; Dec 15 not covered/not settled, never covered; late fee
#   0.05%/day from the day of default (SIL 86) on the employer; the person pays no late fee.
echo "=== B8"; en "guangzhou company behind 2 months on medical insurance still running, am i covered if i see a doctor dec 15 and do they pay a late fee?\n"

########## C. "Not sure" twice: employee-scheme presumption said plainly; first enrolee presumed self-payer ##########
# expect C1 (Hangzhou, half a year, scheme unknown twice): an answer for the employee scheme that says so plainly and how to change;
#   it should also say what changes for a resident (38号 waiting, ZJ 31) or ask 12393; ZJ 29 ¶2 (3rd natural month) if flexible.
echo "=== C1"; zh '我断缴了半年医保 在杭州\n不确定\n不知道\n'
# expect C2 (en, Shanghai, 2 years, unknown twice): the employee presumption said plainly; a 2-year break is typical of residents,
#   so an answer without the resident alternative (38号: 3 fixed + 2 variable months) is MISLEADING.
echo "=== C2"; en "i haven't paid medical insurance for 2 years, shanghai\nnot sure\ndont know\n"
# expect C3 (university student, Ningbo, 1 year): student → resident scheme (or asked); NEVER an employee-scheme/flexible answer.
echo "=== C3"; zh '我是大学生 医保断了一年 在宁波\n不清楚\n不知道\n'
# expect C4 (child of 5, Hangzhou): a child cannot be in the employee scheme; resident scheme (38号; minors subsidised SIL 25);
#   an employee-scheme answer is MISLEADING.
echo "=== C4"; en "my kid is 5, his medical insurance lapsed last year, hangzhou\nnot sure\nno idea\n"
# expect C5 (rural mother aged 70, Wenzhou): resident (low-income elderly subsidy SIL 25 / ZJ 22 ¶2 possible); never employee flexible.
echo "=== C5"; zh '我妈70岁了 农村的 医保去年没交 在温州\n不知道\n不清楚\n'
# expect C6 (unemployed, no benefit, since March, Guangzhou): employee (flexible) or resident both possible; presumption said plainly.
echo "=== C6"; en "im unemployed, no benefit, havent paid medical insurance since march, guangzhou\nnot sure\nnot sure\n"
# expect C7 (first enrolment, Shenzhen, employee scheme, payer unknown twice): answered as self-payer, said plainly; registration duty
#   SIL 58 ¶2 (and 23); when cover starts is not in the sources for Guangdong → ask 12393; no waiting period invented.
echo "=== C7"; zh '第一次参保 深圳 职工医保\n不确定\n不知道\n'
# expect C8 (en, first enrolment, Hangzhou, employee, payer unknown twice): self-payer said plainly; ZJ 29 ¶1 → 2nd natural month after
#   registration (register December → 2027-01-01).
echo "=== C8"; en "never had medical insurance, want to sign up in hangzhou, employee scheme\nnot sure\ndont know\n"
# expect C9 (first job, employer never registered, Shanghai): not-registered path (SIL 58 ¶1, 84), employer's duty; NOT a self-payer answer.
echo "=== C9"; zh '第一次上班 公司一直没给我办社保 上海\n不清楚\n不清楚\n'
# expect C10 (en, elderly retired-age father, rural, never enrolled, Guangzhou, not sure): resident first enrolment; never "flexible worker".
echo "=== C10"; en "my dad is 68, farmer, never had any medical insurance, guangzhou. how does he join?\nnot sure\nnot sure\n"

########## K. ask ##########
# expect K1 (Shenzhen, no --unit-status): presumption note (operating) in ask too; stop an estimate; never "covered".
echo "=== K1"; ask --scheme employee --payer unit --reason arrears --since 2026-10 --region 深圳 --brief --lang zh
# expect K2 (Beijing, December unpaid, Dec 20): before an estimated 2027-01-01 stop → not settled; never "covered".
echo "=== K2"; ask --scheme employee --payer unit --reason arrears --since 2026-12 --region 北京 --treatment-date 2026-12-20 --brief --lang en
# expect K3 (Shenzhen, November unpaid, Nov 20 — past, before an estimated 12-01 stop): never "covered".
echo "=== K3"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region 深圳 --treatment-date 2026-11-20 --brief --lang zh
# expect K4 (Shanghai, November unpaid, Dec 14–16): Dec 14 covered (before 2026-12-15, ask 12393 if paying first avoids the stop);
#   Dec 15–16 not covered; no estimate wording.
echo "=== K4"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region shanghai --treatment-date 2026-12-14 --treatment-until 2026-12-16 --brief --lang en
# expect K5 (Hangzhou, November unpaid, Nov 25): ZJ 28 → suspended from 2026-12-01; Nov 25 covered; sourced, no estimate wording.
echo "=== K5"; ask --scheme employee --payer unit --reason arrears --since 2026-11 --region 杭州 --treatment-date 2026-11-25 --brief --lang zh
# expect K6 (Guangzhou, absconded, since September): enrol yourself first; stop an estimate; no presumption note.
echo "=== K6"; ask --scheme employee --payer unit --reason arrears --unit-status absconded --since 2026-09 --region 广州 --brief --lang en
# expect K7 (first enrolment, self-payer, Hangzhou): ZJ 29 ¶1: 2nd natural month after registration; SIL 58 ¶2.
echo "=== K7"; ask --scheme employee --payer individual --first-enrolment --region 杭州 --brief --lang en
# expect K8 (student, resident, Ningbo, 1 year broken): resident path; 38号 3 fixed + 1 variable month; ZJ 23 (pay by Dec 31 for next
#   year) / ZJ 31; never employee scheme.
echo "=== K8"; ask --scheme resident --student --broken-years 1 --region 宁波 --brief --lang zh

########## F. Follow-ups (added after A–K ran; expectations written BEFORE these ran): chats that stopped at a question, and two
##########    siblings of what A12 showed ("boss ran away last month" read as the first unpaid month) ##########
# expect F1 (A6 + "still operating"): the "left" fact used or echoed; no cover promised for months after leaving; no "covered" day.
echo "=== F1"; en "my old company in ningbo didn't pay my last 2 months of medical insurance before i left\nstill operating\n"
# expect F2 (A7 + "老板跑了"): employer-gone path, enrol yourself first.
echo "=== F2"; zh '广州 老板欠了4个月医保 人已经找不到了\n老板跑了\n'
# expect F3 (A14 + "employer hasn't paid"): ZJ 28: Sep–Nov unpaid → suspended from 2026-10-01 (or Oct–Dec → 2026-11-01); Dec 20 NOT plain
#   covered: reimbursed only if the employer pays within the deadline (¶3), else the employer bears (¶4).
echo "=== F3"; en "hangzhou my employer is 3 months behind on medical insurance, surgery on dec 20 covered?\nmy employer hasn't paid\n"
# expect F4 (A18 + "正常经营"): the new job is used (new employer pays now) or asked; an answer that the person's cover is stopped NOW
#   (because of the former employer) with no word on the new job is MISLEADING.
echo "=== F4"; zh '前公司欠了我3个月医保 我现在换工作了 在广州\n正常经营\n'
# expect F5 (C5 + "农村老人 没工作"): resident scheme (SIL 25 low-income elderly subsidy possible; 38号 wait); an employee-scheme answer
#   for a 70-year-old rural mother is MISLEADING.
echo "=== F5"; zh '我妈70岁了 农村的 医保去年没交 在温州\n不知道\n不清楚\n她是农村老人 没工作\n'
# expect F6 (C7 + third "不确定" = second at the payer question): answered as self-payer, said plainly; SIL 58 ¶2; Guangdong first-cover
#   day not in the sources → ask 12393 (no invented date).
echo "=== F6"; zh '第一次参保 深圳 职工医保\n不确定\n不知道\n不确定\n'
# expect F7 (C8 + third "not sure"): self-payer said plainly; ZJ 29 ¶1 → cover from 2027-01-01 if registered in December.
echo "=== F7"; en "never had medical insurance, want to sign up in hangzhou, employee scheme\nnot sure\ndont know\nnot sure\n"
# expect F8 (C10 + two more "not sure"): a 68-year-old farmer answered as a working-age employee-scheme flexible worker, without the
#   resident path, is MISLEADING; expected: resident scheme (first enrolment; 38号) or the assumption said plainly with the resident path.
echo "=== F8"; en "my dad is 68, farmer, never had any medical insurance, guangzhou. how does he join?\nnot sure\nnot sure\nnot sure\nnot sure\n"
# expect F9 (boss gone "last month", no gap given, Nov 20 asked): the gap asked, or Nov 20 not settled; NEVER "Nov 20 covered" derived from
#   reading "last month" as the first unpaid month (ZJ 28: if arrears began earlier, Nov 20 was already in the suspension).
echo "=== F9"; en 'hangzhou, boss ran away last month, was my doctor visit on nov 20 covered?\n'
# expect F10 (zh sibling, Ningbo, Nov 15): as F9.
echo "=== F10"; zh '宁波 老板上个月跑路了 11月15号看病能报吗\n'
# expect F11 (C2 + "i pay it myself"): Shanghai flexible worker, 24 months: SH7 三(四) 6-month wait; waiver not applicable (benefits stopped
#   long ago); the employee-scheme assumption stays visible or was said; never "covered" now.
echo "=== F11"; en "i haven't paid medical insurance for 2 years, shanghai\nnot sure\ndont know\ni pay it myself\n"
# expect F12 (zh: closed, then corrected to operating): re-answered on the operating path (press the employer first).
echo "=== F12"; zh '深圳 公司倒闭了 欠了三个月医保\n说错了 公司还在 只是没交\n'
# expect F13 (C9 + "3个月"): not-registered path: employer's duty to register within 30 days (SIL 58 ¶1), fine (SIL 84); not a self-payer answer.
echo "=== F13"; zh '第一次上班 公司一直没给我办社保 上海\n3个月\n'
# expect F14 (en: owes 3 months, then "boss still around but says no money"): hardship path; presumption note gone.
echo "=== F14"; en "my company owes 3 months medical insurance, shenzhen\nthe boss is still around but says there is no money\n"

########## G. Second follow-ups (added after F ran; expectations written BEFORE these ran) ##########
# expect G1 (F8 + one more "not sure", so the payer question gets its second "not sure"): a 68-year-old farmer answered as a working-age
#   employee-scheme flexible worker without the resident path is MISLEADING; expected resident first enrolment (38号) or both paths.
echo "=== G1"; en "my dad is 68, farmer, never had any medical insurance, guangzhou. how does he join?\nnot sure\nnot sure\nnot sure\nnot sure\nnot sure\n"
# expect G2 (F5 + "一年"): a 70-year-old rural mother answered as an employee who left a job is MISLEADING; expected resident scheme
#   (38号: 3 + 1 months; ZJ 23 / 31 ¶1 named with the 12393 question), or a question.
echo "=== G2"; zh '我妈70岁了 农村的 医保去年没交 在温州\n不知道\n不清楚\n她是农村老人 没工作\n一年\n'
# expect G3 (zh sibling of F9 without a question mark trick: Hangzhou, boss gone last month, Nov 20): the gap asked/confirmed, or Nov 20
#   not settled; never "covered" from reading "last month" as the first unpaid month.
echo "=== G3"; zh '杭州 老板上个月跑了 11月20号看的病能报吗\n'
# expect G4 (en, Shanghai, boss vanished last month, Nov 20): as G3 (SH7: if arrears began before October, Nov 20 was already stopped).
echo "=== G4"; en 'shanghai, my boss vanished last month, is my clinic visit on nov 20 covered?\n'

########## H. Siblings of what F/G showed (added after G ran; expectations written BEFORE these ran) ##########
# expect H1 (en, Ningbo, bankrupt "in october", Oct 20 asked): the gap asked/confirmed, or Oct 20 not settled; never "covered" from reading
#   "in october" (the month of the bankruptcy) as the first unpaid month.
echo "=== H1"; en 'ningbo, employer went bankrupt in october, was my hospital stay on oct 20 covered?\n'
# expect H2 (en, Guangzhou, closed last month, Nov 25): GD → never "covered" (estimate); gap asked or not settled.
echo "=== H2"; en 'guangzhou, company closed last month, doctor nov 25 covered?\n'
# expect H3 (en, Shanghai, boss gone then back and running): the correction re-answers on the operating path.
echo "=== H3"; en "shanghai boss ran away, owes 2 months of medical insurance\nno wait, the boss is back and the company is running normally\n"
# expect H4 (zh, left a Hangzhou company, it owed the last 2 months, Dec 20): the leaving is used (left-job); no "resumes if the employer pays"
#   promise for months after leaving; Dec 20 not covered / not settled; step: enrol yourself or via the new employer.
echo "=== H4"; zh '我从杭州的公司离职了 离职前两个月公司没给交医保 12月20号看病能报吗\n'
# expect H5 (en, grandma 75, Hangzhou, missed this year, not sure x3): resident scheme; never a working-age flexible-worker answer.
echo "=== H5"; en "my grandma is 75 in hangzhou, she missed paying medical insurance this year\nnot sure\nnot sure\nnot sure\nnot sure\n"
# expect H6 (en, housewife, Shanghai, a year unpaid, not sure x3): resident plausible; the employee presumption, if made, said plainly
#   with the resident alternative; a flexible-worker answer with no resident path is MISLEADING.
echo "=== H6"; en "i'm a housewife, no job, in shanghai, haven't paid medical insurance for a year\nnot sure\nnot sure\nnot sure\n"
# expect H7 (zh, 12-year-old, Shenzhen, not sure x2): minor → resident; never employee.
echo "=== H7"; zh '孩子12岁 深圳 医保今年没交\n不知道\n不知道\n'
