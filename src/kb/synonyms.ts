/**
 * Phrases taxpayers use for the same thing, rewritten to one canonical word before search.
 * Applied alike to questions and to the knowledge entries, so content editors write naturally.
 * Order matters: longer phrases come before the words inside them.
 */
export const SYNONYMS: readonly (readonly [RegExp, string])[] = [
  // Courtesy and one's age say nothing of the topic ("Good afternoon, I am 74 and could you kindly explain…").
  [/\b(good (morning|afternoon|evening|day)|(pardon|excuse|forgive) me( for asking| for bothering you| if this is a (silly|stupid|dumb) question)?|sorry to (bother|trouble) you|(could|would|can) you (please |kindly )?(be so kind as to|kindly)|i would (be (most |very |so )?grateful|appreciate (it|a [a-z ]{0,20}explanation|your help))|i (would )?appreciate (it|your help)|thank you( (so|very) much)?( in advance)?|thanks in advance|in (simple|plain) (terms|english|words)|a plain explanation|if you (do not|dont) mind|on earth|in the world|(i am|im|i'?m) \d{2,3}( years old)?)\b/g, ' '],
  // "The general email, not the Priority One one": a program set aside is not asked about.
  [/\(?\b(not|other than|besides|apart from|except)( for)? (the |that )?prior(ity|iti|ty|ety|idy)[ -]?(one|1|won)('s)?( (one|email|e-mail|address|number|phone|line))?\b\)?/g, ' '],
  [/\bprior(ity|iti|ty|ety|idy)[ -]?(one|1|won)\b/g, 'priorityone'],
  [/\b(covid(-?19)?|coronavirus|corona virus|corona|pandemic|the virus)\b/g, 'covid'],
  [/\br[ -]?859\b/g, 'r859'],
  [/\btreasury offset( program)?\b|\b(federal|treasury|irs)( tax)?( refund)? (offset|intercept\w*) program\b/g, 'treasuryoffsetprogram offset'],
  [/\bfinancial management services?\b/g, 'fms'],
  [/\binternal revenue service\b/g, 'irs'],
  [/\b(the )?feds\b/g, 'federal'],
  // Switching jobs in the middle of the year; a return done at last is a return filed.
  [/\b(switch|switched|switching|swapped)\b/g, 'changed'],
  [/\bmid[- ]?year\b/g, 'middle of the year'],
  [/\b(did|finished|completed|done)\b(?= (my|the|our|that) ((old|late|back|missing|past[- ]due|overdue) )?((ct|connecticut|state) )?(tax )?returns?\b)/g, 'filed'],
  // Texting shorthand: "b4", "acct"
  [/\bb4\b/g, 'before'],
  [/\baccts?\b/g, 'account'],
  // Formal words: an automobile is a car; taking possession of property is seizing it; "the Department", said to DRS's assistant, is DRS.
  [/\bautomobiles?\b/g, 'car'],
  [/\b(take|takes|taking|took|taken) possession of\b/g, 'seize'],
  [/\bthe (department|dept\.?)\b(?! of\b)/g, 'drs'],
  [/\bpayed\b/g, 'paid'],
  // A collection company is the collection agency a debt is referred to; "a week and a half" is ten days.
  [/\bcollections? (company|companies|firms?|outfits?)\b/g, 'collection agency'],
  [/\b(a )?week and a half\b/g, '10 days'],
  // Each case looked at on its own ("individually") is not a question about individuals.
  [/\bindividuali[sz]ed\b|\bindividually\b/g, 'case by case'],
  [/\binjured spouses?\b/g, 'injuredspouse 8379'],
  [/\bjointly\b/g, 'joint'],
  // A spouse's own debt that took a joint refund is the injured spouse's case.
  [/\b(my )?(wifes?|husbands?|spouses?)'?s? ((own|old|state|ct|back) )?(debts?|back taxes)\b(?=[^.?!]{0,40}\b(our|joint|shared)\b[^.?!]{0,20}\brefunds?\b)/g, 'injuredspouse 8379 $&'],
  [/\b(debt collection improvement act|dcia)\b/g, 'dcia'],
  [/\b(offers? (of|in)[ -]compromise|oic|settle (my |the |a )?(tax )?(debt|bill|balance) for less|settle for less|negotiat\w* (my |the |a )?(tax )?(bill|debt|balance|amount) down)\b/g, 'oic'],
  [/\b(the )?((ct|connecticut|state) )?(department of revenue( services)?|dept\.? of revenue( services)?|revenue (department|dept|services|office|agency|people)|(state )?tax (department|dept|office|agency|people|folks|collectors?))\b|\b(ct|connecticut) revenue\b/g, 'drs'],
  [/\b(power of attorney|poa|accountants?|cpas?|tax (professionals?|preparers?|pros?|advis[eo]rs?)|lawyers?|attorneys?|tax (lady|guy|man|woman|person)|on my behalf|(call|contact|talk to|speak to|deal with|handle) (drs|them|the state|it|this)( about [^.?!]{0,30})? for (me|us|my (mom|mother|dad|father|parents?))|deal with (drs|them|the state) (for|on behalf of) |(handle|deal with|take care of|do) (the |his |her |their )?(calls|paperwork|mail|letters?|notices?)( and (the )?(calls|paperwork|mail|letters?))? for (him|her|them|my (mom|mother|dad|father|parents?))|call (drs|them|the state) (as|for) (his|her|their|my) (daughter|son|kid|child|mom|mother|dad|father|parents?|spouse|wife|husband))\b/g, 'poa'],
  // A wage execution is a garnishment of wages; Form DRS-PW is the penalty waiver request.
  [/\bwage executions?\b/g, 'garnish wage'],
  [/\b(drs[ -]?pw|form pw)\b/g, 'drspw penalty waiver'],
  [/\bgarnish\w*\b/g, 'garnish'],
  [/\b(take|takes|took|taking|taken|grab|grabs|grabbed|keep|keeps|kept|keeping) (part of |some of |money from |money out of |a cut of |from )(my |our )?(pay ?checks?|wages?|salary|pay)\b/g, 'garnish wage'],
  // An employer told to take money from a check is garnishing wages.
  [/\b(boss|employer|job|hr|payroll)\b([^.?!]{0,60})\b(take|takes|took|taking|taken|grab|keep|hold) (part of |some of |money from |money out of |a cut of |from )(my |our )?checks?\b/g, '$1$2garnish wage'],
  [/\b(pay ?checks?|salary|wages?)\b/g, 'wage'],
  [/\b(my|our|your|his|her|their) pay\b/g, '$1 wage'],
  [/\b((hold|freeze|froze|frozen|lock|locked) (on )?(my |our )?(bank|checking|savings)( accounts?)?|(bank|checking|savings)( accounts?)? (was |got |is |has been )?(frozen|froze|locked|on hold|emptied|drained))\b/g, 'levy bank'],
  [/\b(bank warrants?|bank levy|bank levies|froze my bank( account)?|frozen bank account|emptied my bank( account)?)\b/g, 'levy bank'],
  [/\b(levies|levied|levying|levy)\b/g, 'levy'],
  // A checking account is a bank account; "check" alone is the paper kind (make the check out to...).
  [/\bchecking( accounts?)?\b|\bsavings accounts?\b|\b(depository|deposit) accounts?\b|\b(?<=(out of|from) (my |our )?)savings\b/g, 'bank account'],
  [/\b(seiz\w*|repo|repos|repossess\w*|confiscat\w*|(take|takes|took|taking|grab|grabs|grabbed) (away )?(my|our|your|the) (car|truck|vehicle|house|home|property|equipment|tools|stuff|things|belongings|assets|boat))\b/g, 'seize'],
  // A refund the IRS or the Treasury kept is a federal refund offset.
  [/\b(irs|federal|treasury|fms|federal government)\b([^.?!]{0,20})\b(keep|keeps|kept|took|take|takes|taken|grabbed|grab|withheld|held) (all of |part of )?(my|our) refunds?\b/g, '$1$2offset federal refund treasuryoffsetprogram'],
  // "Fed" is federal (not "fed up"); a penalty "dropped" is waived.
  [/\bfed\b(?! up\b)/g, 'federal'],
  [/\b(drop|dropped|dropping|knock off|knocked off|take off|taken off|wipe out|wiped out|get rid of) (the |my |a |that |this )?(late )?penalt(y|ies)\b|\bpenalt(y|ies)\b[^.?!]{0,30}\b(dropped|knocked off|taken off|wiped out)\b|\b(have|get) (it|them) (dropped|knocked off|taken off|wiped out)\b/g, '$& waiver'],
  // A "you owe" letter is a balance due notice.
  [/(?<!\bdo )\b(you owe|you-owe|amount owed) (letter|notice|bill)s?\b/g, 'balance due notice'],
  // Taken beyond what was owed is an amount to dispute.
  [/\b(took|taken|kept|grabbed|offset) (way )?too much (from|of|out of) (my |our )?((?:federal |state |tax )*)refunds?\b/g, 'offset $5refund dispute amount'],
  // The IRS sending a refund to Connecticut is offsetting it; "the 60th day" is a count of days.
  [/\b(irs|treasury|feds|federal government|fms)\b([^.?!]{0,20})\b(sends?|sent|gives?|gave|forwards?|forwarded|applies|applied) (my |our )?((?:federal |tax |irs )*)refunds? to (ct|connecticut|the state|drs)\b/g, '$1$2offset federal refund'],
  [/\b(\d+)(st|nd|rd|th) day\b/g, '$1 days'],
  // Whose refund it was stays: a federal refund taken for a state debt is the Treasury Offset Program's.
  // ("Keep taking my refunds", taken year after year, is its own question: the -ing forms stay.)
  [/(?<!\b(?:from|avoid) )\b(took|taken|take|kept|keep|seized|intercepted|withheld|grabbed|grab|stole|steal|snatched|swiped) (all of |part of )?(my|our) ((?:federal |state |tax |irs )*)refunds?\b/g, 'offset $4refund'],
  // A debt that "ate" a refund offset it (the words stay: a spouse's debt eating a joint refund is its own question).
  [/\b(ate|eaten|ate up|swallowed|gobbled up) (all of |part of )?(my|our) ((?:federal |state |tax |irs )*)refunds?\b/g, '$& offset'],
  [/\b(my |our )?((?:federal |state |tax |connecticut |ct )*)refunds?( still| already| just)? (was|were|got|gets|get|is|are|has been|have been|is being|being|will be|would be|could be|can be|may be|might be)( still| already| just)? (taken|took|kept|seized|intercepted|withheld|grabbed|stolen|snatched|sent|applied|paid|given|used)\b/g, '$2offset refund'],
  [/\b(gave|give|given|sent|send|paid|applied|handed|went)( it| them)? to (some |an |a )?(other|another|different|outside) (state )?agenc(y|ies)\b/g, 'offset agency'],
  // Taken out of a refund is offset; what was taken beyond the debt is an overpayment.
  [/\b(the )?(extra|excess|rest|leftover|difference)( money| amount)? (they|drs|fms|the irs|the state|treasury|it) (took|taken|grabbed|kept|seized|intercepted)\b/g, 'overpayment offset'],
  [/\b(took|taken|takes|take|grabbed|kept|seized|intercepted|withheld) (\S+ ){0,2}?(from|out of) (my|our) ((?:federal |state |tax |irs )*)refunds?\b/g, '$& offset'],
  // Keeping them from taking something is avoiding it.
  [/\b(keep|keeps|stop|stops|prevent|prevents|block|blocks) (them|the state|drs|(the )?irs|federal|(the )?(federal )?government|treasury|ct|connecticut|it) from (taking|offsetting|intercepting|grabbing|keeping|seizing)\b/g, 'avoid $6'],
  // Being told before a refund is taken is the Notice of Intent to Offset.
  [/\b(warn|notify|notified|notifies|tell|tells|told|let me know|heads up)\b(?=[^.?!]{0,40}\bbefore\b[^.?!]{0,40}\b(take|takes|taking|go after|goes after|offset\w*|intercept\w*|grab\w*|keep|keeps)\b[^.?!]{0,30}\brefund)/g, 'notice intent'],
  [/\b(offsets?|offsetting|intercept\w*)\b/g, 'offset'],
  [/\b(take|takes|took|taken|taking) (state |ct |connecticut |income )?tax(es)? out\b|\bwithheld\b/g, 'withholding'],
  // Missing a payment on a plan, said many ways: one word, so it marks what a question about it is about.
  [/\b((miss|missed|missing|skip|skipped|skipping) (the |his |her |their |my |our )?((january|february|march|april|may|june|july|august|september|october|november|december|last month|this month)'?s?(,? and |, | or | )?)+(plan |installment |monthly )?(payments?|installments?)|(miss|missed|missing|skip|skipped|skipping) (a |my |his |her |their |our |one |two |three |both |several |a couple of |the |this month'?s |next )?(plan |installment |monthly )?(payments?|installments?)|(can'?t|cannot|could ?n[o']?t|unable to) make (a |my |the |this month'?s |next month'?s )?(next |upcoming |scheduled |plan |monthly )*(payments?|installments?)|default(s|ed|ing)?|(?<!\b(should|can|could|do|must|may) (i|we) )(stop|stopped|stopping) (paying|making) (on )?(my |the )?(plan|payments?|installments?)|late (on|with) (\w+ ){0,4}?(payments?|installments?|plan)|(fall|fell|falling|fallen|got|get|am|i'?m) behind (on|with) (my |the |our )?(plan|payments?|installments?)|(\w+ (months?|payments?) )?behind (on|with) (the |my |our )?(monthly |agreed )?(amount|payments?|installments?) (i|we) (agreed|promised|signed up) to pay)\b/g, 'missedpayment'],
  [/\b((just )?missed one|(push|move) back (this month'?s |my |the |a |next )?(payment|installment)|get back on track)\b|\b(breaks?|stopped paying) (?=(a |my |the |our )?(drs |ct |state )?(payment )?plan\b)/g, 'missedpayment '],
  [/\b(a little|bit by bit|little by little|some|part) at a time\b|\bin (small )?(chunks|pieces|portions)\b|\bover (a few|several|some|the next few|\d+|two|three|six|twelve) months\b|\binstead of (paying )?(it )?(all at once|in full|in one (payment|go)|a lump sum)\b/g, 'paymentplan'],
  [/\b(install?ment (plans?|agreements?|payments?)|install?ments|payment (plans?|arrange?ments?|agreements?)|install?ment (terms?|options?|arrange?ments?)|(set up|setup|start|arrange|apply for|request|sign up for|qualify for) (a |an |my )?(monthly )?plan|pay(ing)? (it |this |the balance )?(off )?over time|monthly payments?|mak(e|ing) (monthly |small |regular )?payments|payment schedule)\b/g, 'paymentplan'],
  // Not able to pay it all at once is what a payment plan is for; not able to pay at all is a hardship.
  [/\b(can ?not|can'?t|unable to|could ?n[o']?t) (afford|pay)( to pay)?( (it|this|that|the (full )?(amount|balance|bill)|(my |the |our )?((ct|connecticut|state) )?tax(es)?( bill| balance| debt)?|(what|everything|all) (that )?i owe))? (in full|all at once|at once|in one (payment|go)|all of it|everything)\b/g, 'cantpay paymentplan'],
  [/\b(can ?not|can'?t|unable to|could ?n[o']?t) (afford|pay) (the |it )?(whole|full|entire|total)( amount| balance| bill)?\b/g, 'cantpay paymentplan'],
  [/\b(can ?not|can'?t|unable to|could ?n[o']?t) (afford|pay)( (it|this|that|the (full )?(amount|balance|bill)))?\b/g, 'cantpay'],
  // How or where to pay asks the ways of paying (not how much).
  [/\bhow (do|can|could|should|would) (i|we) (pay|make (a |my |the )?payments?|send (a |my |the )?payments?)\b|\b(ways?|options?|methods?|where) (to|can i|do i|could i|should i) pay\b|\bhow to pay\b|\b(payment (methods?|options?|types?)|(methods?|forms?|kinds?|types?|sorts?) of payments?)\b|\b(what|which) (kinds?|types?|sorts?|forms?) of (payments?|money|checks?)\b/g, 'howtopay pay'],
  // Leaving a message on a phone line is its voicemail.
  [/\b(leave|leaving|left) (a |an )?(msg|message|voice ?mail)\b|\bvoice ?mail\b/g, 'voicemail'],
  [/\b(bankrupt\w*|chapter (7|11|13)|automatic stay)\b/g, 'bankruptcy'],
  [/\b(look (at|into|over) (it|this|that|my case|my account|the debt) (again|before)|take (another|a second) look|double[ -]check (it|the debt|my account))\b/g, 'review'],
  [/\b(appeal(s|ed|ing)?|protest\w*|disput\w*|disagree\w*|contest\w*|challeng\w*|fight(ing)?|argu(e|es|ed|ing)|(do ?n[o']?t|don'?t) agree|complain\w*)\b/g, 'dispute'],
  [/\b((is|was|seems|looks|must be) (wrong|incorrect|too high|a mistake|an error)|(don'?t|do not|doesn'?t|does not) owe)\b/g, 'dispute'],
  [/\b((way|much|far) too high|(is|it'?s|its) not right|(don'?t|do not) think (it'?s|its|that'?s|thats) right|same name( as me)?|(by|in) (mistake|error)|(don'?t|do not|didn'?t|did not) even (have|owe))\b/g, 'dispute'],
  [/\b((don'?t|do not|didn'?t|did not|never|can'?t|cannot) (pay|respond|answer|reply|open)(?! (enough|in full|all|everything|the (full|whole|right)))( to)?( it| the notice| the letter)?|ignor\w*|(not|never) (paying|responding|answering|replying|opening)|(not|never) (going to|gonna) (pay|respond|answer|reply|open)|refus\w* to (pay|respond|answer)|(throw|threw|thrown|toss|tossed)( it| them| the( \w+){1,2})? (away|out))\b/g, 'ignore'],
  // Failing to deal with a notice is ignoring it; dealing with one is responding.
  [/\b(fail(ure|ing|ed|s)?|neglect(ing|ed)?) to (address|respond to|answer|deal with|handle|act on|pay)\b/g, 'ignore'],
  [/\b(address|addressing|addressed|handle|handling|deal with|dealing with|act on|acting on) (a |an |the |this |that |my |our )?(balance due |tax )?(notice|letter|bill|assessment)s?\b/g, 'respond $3notice'],
  // Asking what to do, or one's options, is asking how to respond.
  [/\b(what (should|do|can|must|shall) (i|we) do( now| first| next| about (it|this|that))?|what to do|(what are )?(my|our) options|walk (me|us) through|(do|should) (i|we) (need to )?do anything)\b/g, 'respond'],
  [/\b(waiv\w*|abat\w*|forgiv\w*)\b/g, 'waiver'],
  [/\b(an?|any|the) fines?\b|\bfined\b|\bpenali[sz](ed|es|ing|e)\b/g, 'penalty'],
  [/\blate (fees?|charges?)\b/g, 'late penalty'],
  // After the deadline is late, whatever the tax; the word "deadline" stays for questions about one.
  [/\b(after|past|missed|miss) (the |my )?(deadline|due date)\b/g, 'late deadline'],
  // Who a check or money order is made out to.
  [/\b(make|makes|made|making|write|writes|wrote|written|writing) ([a-z]+ ){0,3}?(out|payable) to\b|\bpayable to\b|\bpay to the order of\b/g, 'payee'],
  [/\b(push(ed|es|ing)? back|postpon\w*|extend(ed|ing)?) (my |the |our )?(filing |payment |due )?(date|deadline)s?\b/g, 'extension deadline'],
  [/\bget (out of|rid of|off) (a |the |my )?(late[- ](payment )?)?penalt(y|ies)\b|\b(remove|drop|reduce|lower|cancel|erase)(e?d)? (the |my |a |some of the )?(late )?penalt(y|ies)\b|\bpenalt(y|ies) (be |get |got )?(removed|dropped|reduced|lowered|cancell?ed|erased|taken (off|away)|come off|go away)\b/g, 'waiver penalty'],
  // Taking the interest or a penalty off is its waiver.
  [/\b(?:(?:take|get|knock|wipe) (?:the |my |all (?:of )?the )?(interest|penalt(?:y|ies)) off|(?:take|knock|wipe) off (?:the |my |all (?:of )?the )?(interest|penalt(?:y|ies))|wipe (?:out )?(?:the |my )?(interest|penalt(?:y|ies)))\b/g, 'waiver $1$2$3'],
  [/\b(remove|drop|reduce|lower|cancel|erase)(e?d)? (the |my |some of the )?interest\b|\binterest (be |get |got )?(removed|dropped|reduced|lowered|cancell?ed|erased|taken off)\b/g, 'waiver interest'],
  [/\b(scams?|scammers?|fraud\w*|fake|phony|bogus|legit\w*|genuine|authentic\w*|phishing|tricks?|(is|was) (it|this|that) (really )?real)\b/g, 'scam'],
  [/\ba real (letter|notice|bill)\b/g, 'scam $1'],
  [/\b(walk[ -]?ins?|face[ -]to[ -]face|visit (an?|the|your|their) (office|location))\b/g, 'walkin'],
  // The shortest or longest term a plan can run is how long it lasts (a plan "offered" is not an offer in compromise).
  [/\b(shortest|longest|minimum|maximum|max|min) (installment |payment |plan )?(term|length|period|duration)( (it|a plan|the plan|they|drs) (can|will|may) (run|last|offer|allow))?\b|\b(term|length)s? (drs|they) offers?\b/g, 'how long'],
  [/\b(shortest|longest|maximum|max|minimum|min) paymentplan( (drs|they) offers?)?\b/g, 'how long paymentplan'],
  // Whether a program or service is still offered today: "still a thing", "still active", "still running".
  [/(?<=\b(program|priorit\w* (one|1)|priorityone|it|that|this|tsc|center|relief|help)( is| was)? )(still|currently|even) (a thing|around|exists?|going( on)?|active|available|running|in effect|in place|offered|happening|valid|on)\b(?! (the|my|a|an|your|our|with|for|after|before)\b)/g, 'still around'],
  // Heading off an offset is avoiding it.
  [/\b(head(ing)? off|ward(ing)? off|stave off|fend off|get ahead of)\b/g, 'avoid'],
  // Paying while still disputing is paying under protest.
  [/\bpa(y|ys|id|ying)\b[^.?!]{0,40}\b(and|but|while|then) (still |also |then )?(keep (on )?|continue (to )?)?(disput|fight|contest|appeal|challeng|argu)\w*/g, '$& under protest'],
  [/\b(e-?mail( address)?)\b/g, 'email'],
  // Whether an office must act or may choose: the Treasury's discretion to offset.
  [/\b(their|its|the treasury'?s?|the irs'?s?) (own )?(choice|call|decision|discretion)\b|\bup to (them|the treasury|the irs)\b/g, 'mandatory discretion'],
  // Who runs a program administers it; interest that keeps running does not.
  [/\b(operat(es|ed|ing)|manag(es|ed|ing)|administer(s|ed|ing)?|in charge of)\b|(?<=\b(who|which|what|agency|office|bureau|department)( \w+)? )(runs?|running)\b|\b(runs?|running)(?= (the|this|that|top)\b)/g, 'administer'],
  [/\b((lost|lose|losing) (my |our )?(job|work|income|business)|laid off|unemploy\w*|out of work)\b/g, 'unemployed'],
  [/\b(affect(ed|s|ing)?|impact(ed|s|ing)?|hurt|hit (hard )?by|harmed)\b/g, 'impact'],
  [/\bgift ?cards?\b/g, 'scam'],
  [/\b(natural disasters?|hurricanes?|floods?|flooded|flooding|tornado(es)?|house fire|storms?|disasters?)\b/g, 'disaster'],
  // Medical bills are the cost of an illness, not a tax bill.
  [/\b(medical|doctors?'?|dental|ambulance|hospital) (bills?|debts?|expenses?|costs?)\b/g, 'illness cost'],
  [/\b(hospital\w*|surgery|sickness|illness(es)?|cancer|chemo\w*)\b/g, 'illness'],
    [/\b(credit|debit) cards?\b/g, 'card'],
  // Who a program is for is who qualifies.
  [/\bwho (is|was) ([a-z0-9 ]{1,30}?) (meant )?for\b/g, 'qualify $2'],
  [/\b(who can (use|get|join)|which taxpayers|criteria|requirements?|eligib\w*|qualif\w*|be part of|(is|are) (it |this |that )?open to|conditions (must|do|does|should) (i|one|we|a taxpayer) (meet|satisfy)|what conditions)\b/g, 'qualify'],
  [/\bcan (i|we|my business|a business) (use|join|get into|be in|sign up for) (?=(the |this |that )?(priorityone|covid))/g, 'qualify '],
  [/\b(appl(y|ies|ied|ying|ication|ications))\b/g, 'apply'],
  // Pulling papers together is gathering documents.
  [/\b(pull|get|put|round) (together|up)\b|\b(gather|gathers|gathered|gathering|assemble|compile)\b/g, 'gather'],
  [/\b(paperwork|papers)\b/g, 'documents'],
  // Hearing about a thing is having heard of it, not a collections hearing.
  [/\b((i |we )?(keep|kept|have|ve|been|have been|ve been) )?(hearing|heard) (about|of)\b/g, ' '],
  // "Three years ago" dates a move or a debt; it is not the three-year limit on refund claims.
  [/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (years?|yrs?) ago\b/g, 'ago'],
  // Money owed back to the taxpayer is a refund.
  [/\b(get|getting|got|owed|owe me|give me|gets|be) (my |the |some |any )?money back\b/g, '$1 refund'],
  [/\b(the )?(whole|entire|full|total) (amount|balance|bill|debt)\b|\beverything (that )?i owe\b|\ball (that )?i owe\b|\bin full\b|\ball at once\b|\bin one (payment|go)\b/g, 'full'],
  [/\b(reach|get in touch with|get ahold of|speak (to|with)|talk (to|with)|contact)\b/g, 'contact'],
  [/\b(a |an )?(real |live |actual )?(person|human|someone|somebody|representative|agent)\b/g, 'person'],
  [/\b(stores?|shops?|restaurants?|compan(y|ies)|businesses|employers?)\b/g, 'business'],
  // "What do they call it" asks a name, not a phone number.
  [/\b(what|how) (do|does|did|would) ([a-z]+ ){1,2}call\b/g, '$1 name'],
  [/\b(calls?|calling|called) (it|this|that) (?=(a|an|the|my) )/g, 'name '],
  [/\b(number (for|of|to reach|to call)|toll[ -]free( number)?|free number)\b/g, 'phone'],
  [/\b(tele)?phone( number)?s?\b|\bhotline\b|\bnumber to call\b|\bcall(ing)?\b/g, 'phone'],
  // What a lender looks at (a refinance, a mortgage or loan application) is the credit report.
  [/\b(credit (report|score|rating|history|checks?)s?|background checks?|(mortgage|loan) (applications?|approvals?)|refinanc\w*|(a |the |my |any )?lenders? (would |will |might |could )?(look|looks|see|sees|check|checks|pull|pulls))\b/g, 'credit'],
  [/\b(balance[ -]due|amount due|past[ -]due balance)\b/g, 'balancedue'],
  [/\b(bills?|billed|billing)\b/g, 'notice balance'],
  // The words of accountants and lawyers: a tax liability is a debt, an assessment a notice, a remittance a payment.
  [/\b(outstanding |unpaid |tax |total )?liabilit(y|ies)\b/g, 'debt'],
  [/\b(balance ?due )?(deficiency|tax|proposed|additional)? ?assessments?\b(?<=(due|deficiency|tax|proposed|additional) assessments?)/g, '$1notice'],
  [/\b(threshold|ceiling|cap|cutoff|cut-off)\b(?= (above|over|for|on|to)\b)|\bdollar (threshold|limit|cap)\b/g, 'limit'],
  [/\b(methods?|modes?|forms?|means|ways?) of (remittance|remitting|paying)\b/g, 'howtopay pay'],
  [/\bremit(s|ted|ting|tance|tances)?\b/g, 'pay'],
  [/\b(give|gives|gave|giving|given) rise to\b|\b(typically|usually|commonly|normally) (cause|causes|trigger|triggers|lead to|leads to)\b/g, 'why'],
  // DRS "writing to me" is sending a notice (not a check or a refund).
  [/\b(drs|they|the state|revenue services|ct|connecticut)( are| is| keep| keeps| have been| has been| just)? (writing|wrote|written|write|writes|mailing|mailed)( to)? (me|us)\b(?! (a |an |the )?(check|refund|money))/g, '$1 sent notice'],
  [/\b(letters?|notices?|notifications?|notif(y|ies|ied|ying))\b/g, 'notice'],
  [/\b(my ?connect(ct)?|tsc([ -]?ind)?|taxpayer service center)\b/g, 'myconnect'],
  [/\b(online|on the internet|internet|website|web site|electronically|e-?pay)\b/g, 'online'],
  // "How does X work" asks to explain X: the "work" is not the job kind.
  [/\bhow (does|do|did|would|will) ([a-z0-9 ]{1,40}?) work(s|ing)?\b/g, 'how $1 $2'],
  // What follows a call or a request asks how the process goes.
  [/\b(what happens|what will happen|what happen) (next|after|afterwards|once|then)\b|\bthen what\b|\bwhat('?s| is) the process\b/g, 'process next'],
  [/\b(how (long|soon|fast|quickly)|how many (days|weeks)|how much time|time ?frame|time limit|deadlines?)\b/g, 'deadline'],
  [/\b(fees?|surcharges?|charged? (me )?(anything|extra|more)|extra charges?|(tack|tacks|tacked) on)\b/g, 'fee'],
];
