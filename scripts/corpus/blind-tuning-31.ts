/**
 * Blind tuning set #31 (scam only, 8 English templates per typology, other senders than set #30's; session 13). Measured
 * once on arrival, after set #30's tuning, 3 renderings per template: 13 of 16 ≥ 85 % (acquaintance 62.5, credit_repair and
 * game_trade 75 %; rules alone 37.5–100 %). Then tuned on.
 *
 * Blind tuning set 31: English-only scam SMS templates, 8 per typology.
 *
 * Written BLIND to the classifier: no source, rules, tests or other data of the
 * project were read. All texts are original paraphrases written from public
 * DESCRIPTIONS of scam scripts (consumer-protection warnings and advisories from
 * the FTC, FBI IC3, SSA OIG, Action Fraud / NCSC, Which?, Citizens Advice,
 * Scamwatch (ACCC), Services Australia / ATO / myGov, Singapore Police Force
 * ScamShield advisories, CERT-In / RBI / TRAI / I4C "digital arrest" advisories,
 * and news reporting on pig-butchering and task scams). No real messages or
 * public data sets were copied.
 *
 * Markets: UK (Evri, DPD, DVLA, Ofgem, 09/087 premium numbers, short codes),
 * US (SSA, IRS, Marshals, E-ZPass/FasTrak, Medicare, Zelle/Venmo/Cash App,
 * "wrong number" crypto openers), Singapore (SingPost, IRAS, ICA, PayNow,
 * Singlish), Australia (Australia Post, myGov, ATO, Linkt), India (KYC, electricity
 * cut-off, courier-drug "digital arrest", WhatsApp task jobs, KBC lottery),
 * plus Canada. Registers: formal notices, text-speak, ALL CAPS, emoji, typos,
 * no punctuation, one-liners and long multi-sentence scripts.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_31_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "FINAL NOTICE: Your outstanding balance of ${usd} with {lender} has been transferred to our recovery division. Failure to settle within {hours} hrs will result in a civil suit filed in {city} County Court. Settle now at {link} Ref {case}",
    "Enforcement Agent notice: a warrant of control has been issued for unpaid debt of £{gbp}. Agents will attend your home on {dateen} to remove goods unless paid in full today. Call 0843 6{d3} {d4} quoting {case}",
    "Ur loan from {loanapp} is OVERDUE {days} days!! If not paid today we will send msg to ALL ur contacts and WhatsApp groups that u r a fraud and cheater. Pay Rs {amount} to UPI recovery{d4}@ybl [immediately|now] and send screenshot",
    "this is ur last warning. pay the ${usd} or we r coming to ur workplace 2moro and talking to ur manager. dont ignore this. send it by Zelle to recoverydesk{d3}@gmail.com",
    "Dear {fname}, we have been unable to reach you regarding account {d12}. A default judgment may be entered against you and reported to all 3 credit bureaus. To halt proceedings, remit the settlement of ${usd2} to the designated escrow account via {link}",
    "PRE-LEGAL NOTICE. FILE {case}. YOUR EMPLOYER AND LISTED REFERENCES WILL BE CONTACTED TODAY REGARDING UNPAID DEBT. CALL 1-888-{d3}-{d4} BEFORE 5PM EST TO AVOID SERVICE OF PROCESS AT YOUR RESIDENCE.",
    "Hi {fname}, this is {lender} collection team. Ur loan repayment ${usd} overdue {days} days. Pls PayNow to UEN 2023{d4}K by today 6pm or our officer will visit ur house and inform ur family members. Don't play play.",
    "Your account with {lenderapp} has been flagged for default. A one-time settlement discount of {pct}% is available today only if you pay through the QR code at {link} or with Apple gift cards. Otherwise the file goes to our legal team and CIBIL.",
  ],
  task_rebate: [
    "Hi! I'm {fname} from a recruitment agency, we found your resume online. Part-time job: like YouTube videos and earn ${usd} per day, only 60-90 mins, work from home. Interested? Add me on WhatsApp +1 {d3}-{d3}-{d4}",
    "Dear candidate, earn Rs 3000-8000 daily by giving 5 star Google Maps reviews to hotels. Simple task, salary paid instantly to ur account. Msg our HR on Telegram {tg} now, limited seats",
    "Your app-optimization account is at task 28/38. 🎉 Lucky combo order triggered! Recharge ${usd2} to unlock commission of ${usd}. All funds are returned at the end of the set. Contact your mentor {tg}",
    "Hello, Shopee merchant looking for part timer to help boost store ratings. Daily pay $80-$500, only need handphone. No experience ok. Whatsapp {fname} to start today!",
    "Congratulations! You've been selected for our paid product review program. Complete 3 free tasks and receive ${usd} to your Cash App. Higher level tasks need a small deposit which is refunded with {pct}% commission. Start: {link}",
    "hey r u looking 4 a job? just like and follow tiktok accounts, $5 per like, paid same day no exp needed. msg me on telegram {tg} 😊",
    "ONLINE JOB VACANCY: AMAZON PRODUCT DATA BOOSTING. EARN UP TO ${usd2} PER WEEK FROM HOME. PREPAID TASKS 100% REFUNDED PLUS BONUS. REGISTER NOW: {link}",
    "Hi {fname}, thanks for completing today's trial task, Rs {small} has been credited. VIP merchant tasks are now open with 30% returns. Deposit Rs {amount} via UPI to the receptionist to begin. - HR Priya",
  ],
  investment: [
    "Sorry, wrong number! 😅 Actually since you're here, my uncle is an analyst at a hedge fund and his BTC signals made me {pct}% this month. Want me to share his free group?",
    "📈 Exclusive stock-pick group led by Prof. {fname} Walker. His last 5 picks were all up 30%+. Join our free WhatsApp masterclass today only: {link}",
    "Your {company} trading account shows profit of ${usd2}. To process the withdrawal you must first pay the {pct}% capital gains tax (${usd}) as required by the regulator. Contact online support {tg}",
    "Guaranteed 15% monthly return, capital protected, MAS licensed fund. Min invest SGD 500, can withdraw anytime. Whatsapp our consultant {fname} for details",
    "Join our SEBI-registered IPO allotment group & get institutional account access. Members made 500% gains last quarter. Click to join: {link}",
    "URGENT: OUR AI QUANT BOT MADE 312% IN {days} DAYS. ONLY 20 SLOTS LEFT FOR NEW MEMBERS. START WITH JUST $250 AND WATCH IT GROW: {link}",
    "🚀 Official crypto giveaway: send any amount of ETH to the event wallet and receive DOUBLE back instantly. Max 50 ETH. Ends in {hours} hrs. {link}",
    "Hello {fname}, I am the assistant of mentor David at {company}. Today's gold signal: buy at 10:30, target +8%. Add our Telegram {tg} and open an account on our platform to copy the trades with the team.",
  ],
  fake_loan: [
    "Congratulations {fname}! Your personal loan of ${usd2} from {loanapp} is APPROVED. To release the funds please pay the refundable insurance fee of ${usd} with a Google Play gift card and text us the card number.",
    "Instant loan Rs 5,00,000 approved at 2% interest. No CIBIL check no documents. Pay only processing charge Rs {small} and get money in 10 min: {link}",
    "Dear customer, your loan disbursement failed because the bank account number you entered is wrong. Your loan account is now frozen. To unfreeze, deposit {pct}% of the loan as verification, it will be returned with the funds.",
    "Bad credit? Guaranteed loans up to £{gbp} with NO credit checks and 100% acceptance. Small upfront admin fee of £49 only. Reply YES to apply",
    "To complete approval you must show repayment ability. Please transfer ${usd} to our finance officer to create a transaction record. It will be refunded together with your ${usd2} loan today.",
    "CASH ADVANCE UP TO $5000 IN 1 HOUR. NO CREDIT CHECK. NO PAYSLIP. TXT LOAN TO 6{d4} NOW",
    "Hi boss need cash? Licensed moneylender, 1% interest, fast approve, no need payslip. Just pay admin fee $200 first. WhatsApp Jason {phone}",
    "ur loan is ready but u need pay membership fee first to activate VIP acc, after that money will come in 5 mins. pls quick b4 the approval expire",
  ],
  customer_service: [
    "Amazon: A purchase of iPhone 15 Pro Max for ${usd} was placed on your account. If this wasn't you, call 1-844-{d3}-{d4} to cancel. Our agent will help you install AnyDesk to secure your account.",
    "Your {shopen} Prime membership will auto-renew at ${usd} today. To cancel and receive a full refund, tap {link} and speak to a support agent.",
    "Hello, this is the {courieren} claims desk. Your parcel {d12} was damaged in transit and you are eligible for compensation of ${usd}. Please share your screen with our agent so we can process the refund.",
    "Thank you for renewing Norton 360 Total Protection. ${usd} has been charged to your account. To dispute this invoice call our billing dept 1-808-{d3}-{d4} within 24 hours.",
    "Dear customer, your Flipkart order refund of Rs {amount} has failed. To receive it please download the support app and enter your UPI PIN: {link}",
    "Lazada: ur order refund is pending. pls add our CS on WhatsApp to process, we need ur internet banking login to credit back the money",
    "PayPal: You sent ${usd2} to a Coinbase account. If you did not authorise this, call our fraud team at 1-877-{d3}-{d4} immediately to reverse the payment.",
    "We overcharged you by {pct}% on your recent {shopen} order. To receive the refund, download the screen-sharing app and log in to your online banking so our agent can deposit the difference.",
  ],
  police_impersonation: [
    "Social Security Administration: your SSN has been suspended due to suspicious activity in {city}, Texas. Call 1-833-{d3}-{d4} immediately to avoid arrest and asset seizure.",
    "This is Mumbai Cyber Crime Branch. A FedEx parcel in your name containing MDMA and 5 fake passports was seized at customs. Case {case}. Join Skype video statement immediately. Do NOT disclose this to anyone or you will be arrested.",
    "This is ICA officer Tan. Your passport has been used in a money laundering case. For investigation, you must transfer your savings to a safety account under MAS supervision. Keep this strictly confidential.",
    "U.S. Marshals Service: a federal warrant has been issued in your name for failure to appear for jury duty. Pay the bond of ${usd} via Bitcoin ATM within {hours} hrs to avoid being taken into custody.",
    "TRAI notice: your mobile number will be disconnected in 2 hours due to illegal activities reported against your Aadhaar. Press 9 to speak to the investigating officer.",
    "IRS Criminal Investigation: a lawsuit has been filed against you for tax evasion. Call back immediately at 1-866-{d3}-{d4} or face arrest by local police.",
    "Australian Federal Police: your identity has been used to open bank accounts linked to an international fraud syndicate. An officer will call you today. You must not tell your bank or family.",
    "FBI CYBER DIVISION: YOUR IP ADDRESS HAS BEEN FLAGGED FOR ILLEGAL CONTENT. PAY THE FINE OF ${usd} WITHIN {hours} HOURS AT {link} TO AVOID PROSECUTION.",
  ],
  credit_repair: [
    "Student Loan Forgiveness: your federal loans qualify for full discharge under the new program. Enrollment closes {dateen}. One-time processing fee ${usd}. Call 1-855-{d3}-{d4} to lock in eligibility.",
    "Raise ur credit score 100+ pts in 30 days!! We delete late payments, collections and bankruptcies. Pay ${usd} upfront and we start today {link}",
    "Debt Relief: you have been pre-qualified for a government debt forgiveness grant that can wipe out up to ${usd2} of credit card debt. Reply YES to speak to a specialist.",
    "New govt backed scheme can write off up to 85% of ur debts!! stop the calls from creditors. reply YES for a free call, small £{gbp} set-up fee applies",
    "CIBIL score low? Get it corrected in 7 days, remove defaulter tag, guaranteed loan after. Fee Rs {amount} only. WhatsApp our consultant now",
    "FINAL NOTICE: YOUR STUDENT LOAN ACCOUNT IS ELIGIBLE FOR A $0 MONTHLY PAYMENT UNDER THE NEW FORGIVENESS PLAN. RESPOND BY {dateen} OR LOSE ELIGIBILITY. TXT STOP TO END",
    "Tired of bad credit? Our legal team removes ALL negative items. Or get a brand new CPN with a clean 750+ file in 48 hrs. Only ${usd}, no questions asked: {link}",
    "Blacklisted by banks or moneylenders? We can clear your credit bureau record for ${usd}. 100% confidential, guaranteed results. Contact {fname}",
  ],
  acquaintance: [
    "Hi {fname}, are you available? I'm stuck in a board meeting and need you to pick up some Apple gift cards for a client. I will reimburse you this afternoon. Please keep it quiet - James (CEO)",
    "Hello, this is Pastor Mike. I need a quick favor. Please get 4 Google Play cards $100 each for cancer patients I'm visiting at the hospital. Scratch and send me photos. Keep this between us.",
    "Eh bro guess who? Changed number liao. Can help me PayNow ${usd} first? My bank app kena lock, tonight confirm pay u back 🙏",
    "Grandma it's me. I got into a car accident and I'm in jail. Please don't tell Mom and Dad. My lawyer will call you about the ${usd2} bail, please help me",
    "Hey long time no see! It's {fname} from high school 😊 I'm stuck in {city} after my wallet got stolen, could you send me ${usd} on Venmo? I'll pay you back as soon as I'm home",
    "This is Rajesh Sharma (DM), please save my new number. Are you free now? Need a small urgent help, will explain later. Don't call, I'm in a meeting.",
    "Hi it's your landlord, our bank details have changed. Please send this month's rent to the new account below and not the old one. Thanks",
    "hey its me new number, old phone broke. can u do me a quick favour? need to pay a bill today but my card not working will send back 2moro x",
  ],
  game_trade: [
    "Hey, saw ur listing for the Fortnite account. I'll buy it for ${usd}. Let's use the middleman site {link} so we're both safe, u log in there first",
    "Roblox: Congratulations, you've won 10,000 Robux! Log in at {link} to claim before it expires.",
    "yo sorry man i accidentally reported ur steam acc by mistake 😬 u need to contact the admin asap or ur account gets banned, add him here {link}",
    "A buyer has paid ${usd} for your {game} account on {gameplat}. Funds are frozen because your withdrawal details were entered incorrectly. Pay a ${usd2} deposit to unfreeze them.",
    "Selling CS2 knife skins cheap, way below market. Pay by PayPal Friends and Family only, no goods and services. DM me",
    "FREE V-BUCKS GENERATOR 100% WORKING NO HUMAN VERIFICATION {link}",
    "BGMI UC at 90% discount!! Send payment on UPI and get UC in 5 mins. Official reseller, 1000+ happy customers",
    "Your {game} account trade is complete, but the seller has set a face-verification lock. Pay the unlock fee of ${usd} to the platform guarantor to receive the login details.",
  ],
  romance: [
    "Oh sorry wrong number! You seem nice though 😊 I'm {fname}, a fashion designer living in {city}. Maybe we can be friends?",
    "My love, I am still deployed in Syria and I miss you so much. I need ${usd} for my leave papers so I can come home to you. Please send it through the officer, I will pay everything back.",
    "Baby I sent you a package with gold and cash for our future but customs are holding it. You just need to pay the clearance fee of ${usd2} and it's yours ❤️",
    "Hi handsome 😘 saw ur pic on {romanceapp} and couldn't stop thinking about u. text me on my private number, I'm lonely tonight",
    "Sugar daddy looking for a sugar baby, ${usd} weekly allowance, no meetups required. First pay ${small} verification fee via Cash App to prove ur real",
    "Honey, my uncle at the exchange gave me a tip again. Let's build our future together, I opened an account for you at {link} just deposit and I'll guide you",
    "Hey cutie, before we meet pls verify urself on this safe-dating site, only a small member fee, it's to protect me from fake guys 💕",
    "I'M A WIDOWED ENGINEER ON AN OIL RIG. I HAVE FALLEN IN LOVE WITH YOU. MY ACCOUNT IS FROZEN UNTIL I FINISH THE CONTRACT, PLEASE HELP ME WITH ${usd} FOR THE EQUIPMENT.",
  ],
  military_purchase: [
    "Hi, this is Sgt. {fname} Miller from Fort {city}. We need to order {n} pizzas for a unit event Friday. We pay by government card only, but we also need you to pay our approved drinks vendor first, we'll reimburse it on the same card.",
    "I am from Indian Army, posted at cantonment. We want to purchase {n} items of {goodsen} for the camp. Payment is through army account only, first send Rs 1 on Google Pay for verification so we can transfer full amount.",
    "This is the procurement office of {city} Police Department. We wish to order {n} units of {goodsen}. Our designated vendor supplies the accessories, please prepay them ${usd} and add it to the invoice.",
    "Hi, Captain Harris here from the ADF base at Holsworthy. We'd like a bulk order of {goodsen} for the barracks. Our supplier needs to be paid upfront for packaging, we will transfer the total incl. that amount on pickup.",
    "Hello, SAF camp here, need {n} packets of food for training tmr. Can u prepay the drinks to our regular contractor first? Our finance will pay all together after, confirm ok",
    "Purchase Order PO {d6} from Naval Supply Systems Command: please ship {n} units of {goodsen}, net-30 terms. Reply with quote and ship to the attached freight forwarder address.",
    "hi boss army camp here want order {n} boxes {goodsen}, can u help buy from our usual supplier first, we pay all together cash when collect ok",
    "Office of Defense Procurement: your company has been selected as a vendor. To receive the contract you must complete SAM registration via our agent and pay the ${usd} vendor registration fee: {link}",
  ],
  prize: [
    "KBC Lottery: Ur mobile no. has won Rs 25,00,000 in the lucky draw. Contact our manager Mr. Rana Singh on WhatsApp to claim. Pay GST of Rs {amount} first to release the prize.",
    "Congrats! Your number was picked in the Coca-Cola Summer Promo and you have won £{gbp}. To claim, send your name, address and bank details to claims{d3}@promo-uk.com",
    "Walmart: You have been chosen to receive a $1000 gift card. Only a few left, claim yours now at {link}",
    "PRIVATE! Your account statement shows 800 un-redeemed bonus points. To claim call 0871 {d3} {d4}. Identifier code {d4}. Expires {dateen}",
    "Singapore Pools: Congratulations! Your number won the 4D consolation prize of S${usd}. Pls verify Singpass at {link} to collect",
    "Woolworths 100th anniversary giveaway 🎁 you've been selected to win a $500 voucher! Complete the short survey and pay $2 postage: {link}",
    "YOU HAVE WON!!! As a valued customer you have been selected to receive a FREE cruise for 2. Call 1-877-{d3}-{d4} NOW to claim. Limited time offer",
    "Your email and mobile won £{gbp} in the Microsoft international lottery. Batch {case}. Contact our claims agent with ur details to receive ur winnings",
  ],
  premium_rate: [
    "FREE ringtone of the week! Reply REAL to 8{d4} to get it now. Subscription £1.50/msg, 3 msgs per week. 18+ only",
    "You have 1 new voicemail. Please call 0906 {d3} {d4} to listen. Calls cost £1.50/min plus network charges",
    "Want a date 2nite? Lonely ladies in ur area r waiting! Text MEET to 6{d4}. £3/wk sub, 18+",
    "WIN a brand new iPhone! Just answer: what is the capital of France? Txt ANSWER to 8{d4}. £2 per msg recd",
    "Your daily horoscope is waiting ✨ Reply YES to subscribe, $9.99 per week, msg and data rates may apply",
    "URGENT! Your mobile number has been awarded a £2000 bonus caller prize! Call 09050 {d3} {d4} from a landline. Claim code {d4}. 150p/min",
    "We tried to reach you about your pending delivery. Call back +882 {d4} {d4} urgently to confirm the slot.",
    "Trivia Quiz: you've reached LEVEL 3! Next question: who wrote Romeo and Juliet? Reply A, B or C to 8{d4}. £1.50 per msg received, stop? txt STOP",
  ],
  parcel_fee: [
    "Evri: We missed you today! Your parcel is being held at our depot. Reschedule delivery for a £1.45 fee here: {link}",
    "DHL Express: Your shipment {d12} is held at customs. Import duty of £{gbp} is unpaid. Pay within {hours} hrs or it will be returned to sender: {link}",
    "SingPost: Your parcel cannot be delivered due to incomplete address. Pls update and pay S$1.99 handling fee at {link}",
    "AusPost: Your package is on hold due to an unpaid shipping fee of $3.00. Pay now to avoid return: {link}",
    "IndiaPost: Your package has arrived at the warehouse but cannot be delivered due to incomplete address information. Please confirm within 12 hrs: {link}",
    "fedex: ur pkg {d12} is waiting 4 u but postage underpaid by $1.99. pay fast b4 it goes back {link}",
    "UPS: FINAL DELIVERY ATTEMPT FAILED. YOUR PARCEL WILL BE DESTROYED IN 24 HRS UNLESS A $2.99 REDELIVERY CHARGE IS PAID: {link}",
    "{courieren}: Parcel {d12} is held because the customs declaration is incomplete. A small fee of $1.50 is required to release it. Update your details at {link}",
  ],
  account_lock: [
    "Netflix: We're having trouble with your current billing information. Your membership is on hold. Update your details to keep watching: {link}",
    "Apple ID: Your account has been locked for security reasons due to an unusual sign-in attempt. Verify your identity within 24 hours or it will be permanently disabled: {link}",
    "Dear SBI customer, your YONO account will be BLOCKED today. Please update your PAN card immediately: {link}",
    "DBS: your digibank access has been suspended due to an unusual login from a new device. Reactivate now: {link}",
    "Chase Fraud Alert: your card has been temporarily restricted. Did you attempt a ${usd} purchase at Walmart? Reply YES or NO. If NO, our team will call you to secure your account.",
    "WhatsApp: your account will be deactivated in 24 hrs unless you verify. Reply with the 6-digit code we just sent to your number.",
    "Dear consumer your electricity power will be disconnected tonight at 9.30 pm because your previous month bill was not updated. Please immediately contact our electricity officer {phone}",
    "E-ZPASS: YOUR TOLL ACCOUNT HAS AN UNPAID BALANCE OF $4.35. TO AVOID SUSPENSION AND LATE FEES PAY BEFORE {dateen}: {link}",
  ],
  tax_refund: [
    "IRS: You are eligible for a federal tax refund of ${usd}. Submit your banking information at {link} to receive it within 3 business days.",
    "myGov: You have a new message regarding your ATO refund of ${usd}. Sign in to view and confirm your bank details: {link}",
    "CRA: you got a refund of ${usd} from the Canada Revenue Agency. Deposit it via Interac e-Transfer now: {link}",
    "Income Tax Dept: You are approved for an income tax refund of Rs {amount}. Your account no. 5XXXXXX677 is not verified, update it at {link}",
    "IRAS: ur GST Voucher cash of S${usd} is ready. Pls verify with Singpass at {link} to receive it by PayNow",
    "DVLA: Our records show you are owed a vehicle tax refund due to an overpayment. Please verify your details to receive the payment: {link}",
    "GOV.UK: you are eligible for a £400 energy bill discount from the government rebate scheme. Apply now before {dateen}: {link}",
    "Linkt: your toll account has a credit balance of ${usd}. Claim your refund before {dateen} or it will be forfeited: {link}",
  ],
};
