/**
 * Blind tuning set #30 (scam only, 8 English templates per typology in the styles of UK, US, Singapore, Australian and
 * Indian smishing; session 13). Measured once on arrival, before any tuning, 3 renderings per template: military_purchase
 * 50 %, credit_repair 62.5, fake_collection and account_lock 75, investment, fake_loan, acquaintance and romance 87.5,
 * game_trade 95.8, the rest 100 % (rules alone 25–100 %). Then tuned on.
 *
 * BLIND_TUNING_30 — English-only scam SMS templates (8 per typology) for tuning the
 * anti-fraud SMS classifier. Written BLIND to the classifier: no classifier code, rules,
 * keyword lists or existing test data were looked at while writing them.
 *
 * Styles: formal bank/government notices, courier "unpaid fee" smishing, old-school UK
 * premium-rate spam (09/087 numbers, short codes, text-speak), "Hi Mum" / new-number
 * messages, US-style alerts (USPS, IRS, SSA, E-ZPass, Medicare, Zelle/Cash App), Singapore
 * (SingPost, MOM, PayNow, Singlish), Australia (AusPost, myGov, ATO, Linkt) and India (KYC,
 * electricity cut-off, digital arrest, WhatsApp job tasks, KBC lottery); mixed with ALL CAPS,
 * emoji, typos, missing punctuation, short and long forms.
 *
 * All texts are original and paraphrase only the public DESCRIPTIONS of scam scripts given
 * by: UK Action Fraud / NCSC and Ofcom guidance, Royal Mail and HMRC scam-awareness pages,
 * the US FTC consumer alerts and FBI IC3 advisories, Singapore Police Force ScamAlert,
 * Australia's Scamwatch (ACCC) and myGov/ATO warnings, India's RBI and cybercrime.gov.in
 * advisories, and general descriptions of public SMS spam collections. No texts or data
 * sets were copied.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_30_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "FINAL NOTICE: Your {lender} loan is {days} days past due. Balance of {usd} must be cleared TODAY or your file goes to court and your employer will be contacted. Pay now: {link}",
    "This is the [Recovery Dept|Collections Unit] of {lenderapp}. You have ignored our reminders. A field agent will visit your home address on {dateen} unless {gbp} is paid. Call {phone} before {time}.",
    "ur loan from {loanapp} is overdue!! we will msg ALL ur contacts & family that u r a fraud. pay {usd} to the acount we send within {hours} hrs. last warning",
    "Dear {fname}, your outstanding debt with {lender} has been passed to our legal team. To avoid a County Court Judgment and damage to your credit file, settle {gbp} via our secure portal {link} Ref: {case}",
    "IMPORTANT: payment for case {case} must be made ONLY to our designated settlement account, NOT your usual lender account. Details will be sent on WhatsApp {phone}. Failure to pay = warrant application.",
    "{fname} u borrowed on {loanapp} & never repaid. We have ur ID and photos. Send {usd2} via Cash App to {tg} in {hours} hours or we post them to everyone you know",
    "Debt Collection Notice: {usd} owed to {lender}. A negative entry will be reported to all 3 credit bureaus on {dateen}. One-time settlement offer 40% OFF if paid today: {link}",
    "Dear customer ur EMI of Rs.{d4} on {loanapp} is overdue by {days} days. Legal notice and police complaint will be filed, recovery team will visit your office. Pay immediately to UPI id shared by our agent or scan the QR code we send. Call {phone}",
  ],
  task_rebate: [
    "Hi! I'm [Emma|Sarah|Priya] from a recruitment agency. Part-time job: like YouTube videos & earn {usd} a day, paid daily. Interested? WhatsApp me: {link}",
    "Hello, we got your CV from a job portal. Online work 30-60 mins/day, salary Rs 3000-8000 daily, no experience needed. Contact HR on WhatsApp {phone} 😊",
    "Congrats! You've been selected for a remote product-rating job with {shopen}. Complete 40 tasks, get 15% commission. Starter deposit of {usd2} unlocks VIP tasks. Join {tg} on Telegram",
    "TASK 3 IS A COMBINATION ORDER. Top up {usd2} to complete it, then withdraw principal + commission {usd} instantly. Reply DONE when paid.",
    "hey want to make extra cash from ur phone? rate hotels on our app, earn per review, paid same day. text back YES and our mentor will add u",
    "SG: Hiring flexible WFH job, $80-$300/day, only need a handphone, can do after work one. Add our HR on WhatsApp {link}",
    "Your account has completed {n} tasks. Commission of {usd} is frozen because your credit score is too low. Pay a restoration fee to withdraw: {link}",
    "💰 Ads team hiring!! Earn up to £500/wk boosting {shopen} product rankings. Paid instantly, work from home. Message our mentor on Telegram {tg}",
  ],
  investment: [
    "📈 FREE VIP Stock Group: Professor {fname}'s picks gained 300% this month. Join now on WhatsApp before the spots fill up: {link}",
    "Your {company} crypto account shows a profit of {usd}. To withdraw, a 20% capital gains tax of {usd2} must be paid first. Please deposit USDT via your mentor.",
    "Invest {usd} in our AI trading bot & earn 5% DAILY, guaranteed. 10,000+ happy members. Zero risk. Register: {link}",
    "Dear investor, the {company} pre-IPO allocation you applied for has been APPROVED. Complete subscription payment within {hours} hours or your allocation will be cancelled.",
    "SEBI registered expert tips!! Intraday calls with 95% accuracy. Join our WhatsApp group, FREE for first 100 members only. Msg {phone}",
    "Hi {fname}, I'm the assistant of Mr. {surname}. Our teacher is sharing 3 free stock picks tomorrow morning before market open. Add my WhatsApp {phone} to receive them.",
    "BTC/USDT arbitrage window closes TONIGHT. Min deposit {usd}, returns 3x in 7 days, withdraw anytime. Trusted platform: {link}",
    "ur account on {company} is FROZEN due to abnormal withdrawal. pay security deposit {usd2} to unfreeze & withdraw ur balance {usd}. contact cs on telegram {tg}",
  ],
  fake_loan: [
    "Congratulations! Your loan of {usd} from {loanapp} is APPROVED. No credit check. To release the funds pay a one-time insurance fee of {usd2}. Reply Y to proceed",
    "Dear customer, your loan is approved but the bank card number you entered was wrong so the funds are frozen. Pay a {gbp} unfreeze fee to release them. Agent: {phone}",
    "PRE-APPROVED Personal Loan Rs 5,00,000 @ 0% interest! Just pay processing fee Rs {d4}. Instant disbursal, no documents. Apply: {link}",
    "Bad credit? NO PROBLEM. Get up to {usd} in 1 hour, guaranteed approval. First payment must be made in Google Play gift cards to activate your loan.",
    "{fname}, to verify your repayment ability please deposit {usd2} into the account our officer gives you. It will be refunded together with your {usd} loan.",
    "Your {loanapp} loan is approved, however your bank statement shows too little activity. Make 3 transfers to our account to build transaction history, all refunded in full after payout.",
    "LOANS £1000-£25000 TODAY, any credit history, decision in 60 secs. Txt LOAN to 8{d4}. Arrangement fee applies.",
    "VIP members get loans approved in 5 mins!! Pay the {usd2} VIP membership fee to unlock your credit limit of {usd}: {link}",
  ],
  customer_service: [
    "Amazon: A purchase of {usd} for an iPhone 15 Pro was placed on your account. If you did not authorize this, call {phone} immediately to cancel.",
    "Hi, this is {shopen} customer service. Your parcel was lost by our courier and we will compensate you 3x the price. Please install the support app we send so our agent can process the refund on your screen.",
    "Your Prime membership will auto-renew today for {usd}. To cancel and avoid the charge, call our billing dept on {phone}.",
    "{shopen} Refund Team: you are eligible for a refund of {usd2} for a faulty item. Enter your card details at {link} to receive it within 24h.",
    "Dear customer, you accidentally subscribed to our Premium Seller plan and will be charged {usd} monthly. To cancel, contact our agent and share your screen with AnyDesk.",
    "hey ur order {d12} could not be processed due to a payment issue. update billing here {link} or order will be cancelled & account restricted",
    "Geek Squad: Your annual protection plan has been renewed for {usd}. Not you? Call {phone} within 24 hours for a full refund.",
    "Sorry for the delay! As compensation we refunded your account but our system sent {usd} too much by mistake. Pls return the extra amount in gift cards or your account will be suspended.",
  ],
  police_impersonation: [
    "This is Officer {fname} from the Metropolitan Police fraud unit. A bank card in your name has been used in fraud. Move your savings to a safe account to protect them. Call {phone} now.",
    "SSA ALERT: Your Social Security number has been suspended due to suspicious activity. Call {phone} immediately to avoid arrest.",
    "Mumbai Police/CBI: a parcel in your name containing drugs & fake passports was seized by customs. You are under digital arrest. Join the Skype video call for your statement. Do not disconnect or tell anyone.",
    "IRS Criminal Investigation: a warrant has been issued for unpaid taxes of {usd}. Pay today using gift cards to avoid arrest. Ref {case}",
    "TRAI NOTICE: your mobile number will be blocked in 2 hours due to illegal activity. Press 9 or call {phone} to speak with the investigating officer.",
    "FBI: your name is linked to money laundering case {case}. All accounts will be frozen. For asset verification transfer your funds to the federal holding account given by the agent. Keep this strictly confidential.",
    "URGENT - Circuit Court: you missed jury duty on {dateen}. A bench warrant was issued. Pay the fine of {usd2} here to recall it: {link}",
    "MOH-SPF: Your number was linked to a fraud case under investigation. Kindly press 1 to speak to the officer. Do not inform family members, the investigation is confidential.",
  ],
  credit_repair: [
    "Student Loan Forgiveness: you qualify to have your federal student loans of {usd} forgiven under the new program. Enrollment closes {dateen}. Call {phone}",
    "Your credit score can go up 100+ points in 30 days! We remove late payments, collections & bankruptcies LEGALLY. Small upfront fee {usd2}. Reply FIX",
    "Dept of Education notice: your student loan account is in default. Consolidate now for 0% interest. One-time processing fee {usd2}: {link}",
    "DEBT RELIEF: wipe out up to 70% of your credit card debt. Stop paying your creditors and pay us one monthly amount instead. Free consultation {phone}",
    "Govt-backed IVA scheme: write off up to 80% of your debts today. Check if you qualify in 30 secs: {link}",
    "Hi {fname}, our records show an incorrect default on your credit report. We can delete it for you today for {gbp}. Reply YES to start",
    "pay off ur loans 4 less!! we negotiate with lenders for u. 1st step: move ur monthly payment into our trust account no. {d12} asap",
    "CIBIL score low?? We fix it in 7 days & get ur loan sanctioned GUARANTEED. Pay only Rs 999 registration on {link}",
  ],
  acquaintance: [
    "Hi Mum, this is my new number, my phone fell in the toilet 🙈 can you text me on WhatsApp {phone} x",
    "Hey Dad it's me, got a new phone. Can you do me a favour? I need to pay a bill today but my banking app is locked. Can you send {gbp} and I'll pay u back tmrw",
    "Hello, it's your CEO. I'm in a meeting and can't talk. I need you to buy 5 Apple gift cards of {usd} each for a client. Send me the codes. Keep this between us.",
    "Hey it's {fname}! saved my new number? Been ages lah. Urgent, I'm stuck overseas & my card kena blocked, can you lend me {usd2} via PayNow? Will return tmr promise",
    "Mum my phone broke this is my temp number. pls dont call the mic doesnt work. need to pay rent by 5pm can u transfer to my landlord, ill send the details",
    "Good morning, I'm your child's class teacher. Please pay the school trip fee of {usd2} to the new account below, the old one is closed. Kindly keep this quiet as some parents have not paid.",
    "bro its me new number. in a bit of trouble, can u send {usd} on cash app to {tg}? dont tell anyone will explain later",
    "Hi Uncle, it's your nephew, remember me? Changed my number. I have a small problem at the hospital, need {gbp} for the deposit. Don't tell Aunty pls",
  ],
  game_trade: [
    "Selling Fortnite account w/ 200 skins incl. rare ones, only {usd2}! Pay via PayPal friends & family and I'll send the login after.",
    "Your {gameplat} item has been sold! Buyer paid {usd}, but to withdraw you must pay a verification deposit of {usd2}. Contact cs {link}",
    "FREE 10,000 ROBUX!! Claim now before the offer ends: {link} just log in with your Roblox account",
    "Steam Support: your recent trade offer was flagged. Your account will be banned in 24h unless you verify at {link}",
    "Hi, I want to buy your CS2 knife for {usd}. I'll pay through a middleman site, pls register at {link} and deposit the escrow fee first.",
    "Your Genshin account was selected for a free Primogem top-up! Enter your login & verify here: {link}",
    "PUBG UC 90% OFF!! 💎 limited time only, pay by gift card, DM {tg}",
    "Seller notice: payment for your Valorant account is stuck due to wrong bank info on the platform. Deposit {usd2} to unfreeze, it will be refunded with the sale amount.",
  ],
  romance: [
    "Hi is this Linda? It's Jessica, we met at the yoga class. Oh sorry, wrong number! But you seem nice, maybe we can be friends? 😊",
    "Hello dear, I saw your profile on {romanceapp} and couldn't stop thinking about you. I am a US Army doctor on a peacekeeping mission. Can we talk on Hangouts? {link}",
    "My love, I'm stuck at customs in Dubai with the gold package for you. They want {usd} clearance fee. Please help me, I'll pay u back when I land ❤️",
    "good morning sweetheart ☀️ my uncle works at a crypto exchange and gets insider signals. I made {usd} last week. Let me show you how, just download the app I send",
    "Baby I need ur help, my account is frozen while I'm on the oil rig. Can u send {gbp} by Western Union, I promise this is the last time",
    "Hey handsome 😘 lonely tonight? Chat with me on {link} no credit card needed, just verify your age",
    "Hi! I'm Anna, 26, new to town. Found ur number in a group chat. Want to meet? Text me on WhatsApp {phone} xx",
    "Darling I have sent a box with cash and jewelry for our future together. The courier says you must pay the insurance of {usd2} before delivery. Contact the courier on Telegram {tg}",
  ],
  military_purchase: [
    "Hello, this is Sgt. {fname} from base procurement. We need 200 units of {goodsen} for our unit. Can you quote? Payment by government PO after delivery.",
    "Hi, I'm the purchasing officer for the army camp. Our order of {goodsen} also needs special items from our approved supplier, please pay them {usd} first, we'll reimburse it with the full order.",
    "Police Dept procurement: we will buy 50 sets of {goodsen}. Our designated vendor supplies the accessories, pls advance the payment of {usd2} and add it to the invoice.",
    "Hi boss, SAF camp here, want to order 80 packets nasi lemak for tmr. Also need drinks from our usual supplier, can help buy first? Will PayNow you everything together",
    "Good day sir, Indian Army officer here. Need 30 AC units for cantonment. Payment from army account, first send Rs 1 to verify your UPI for the transfer.",
    "Hi, National Guard unit ordering catering for 120 soldiers on {dateen}. We pay by military card only but you need to prepay the drinks vendor we use, contact {phone}",
    "Re: bulk order for {goodsen}. As per military regulations every supplier must register on our approved contractor list, registration fee {usd2}. Send proof of payment and the PO will be issued.",
    "COAST GUARD STATION ORDERING 15 UNITS, PAID BY FEDERAL CARD. PLS FRONT THE FREIGHT CHARGE TO OUR LOGISTICS PARTNER, INVOICE WILL INCLUDE IT PLUS 10%.",
  ],
  prize: [
    "CONGRATULATIONS! You have won a £1000 supermarket voucher. To claim call 0906{d4}{d3} now. T&Cs apply.",
    "You have won {usd} in the WhatsApp International Lottery! Your ticket no. {d12}. To receive your prize send the processing fee to our agent {phone}.",
    "KBC Lottery: Congratulations, your number has won Rs 25,00,000. Contact manager on WhatsApp {phone} to claim. Registration fee Rs {d4}.",
    "WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 0906{d4}{d3}. Claim code {code}. Valid 12 hrs only.",
    "U r a winner U hav been specially selected 2 recieve £1000 cash or a 4* holiday (flights inc) speak to a live operator 2 claim 087{d4}{d4}",
    "Congrats {fname}! You're our lucky {shopen} customer of the month 🎁 Claim your free iPhone: {link} just pay {usd2} shipping",
    "🎉 Your mobile number WON the Lucky Draw S$50,000! Reply with full name, NRIC & bank acct to claim your prize.",
    "You have been selected for a {usd} Walmart gift card. Complete a short survey to claim your reward: {link}",
  ],
  premium_rate: [
    "FreeMsg: Txt WIN to 8{d4} to enter our weekly draw for a brand new car! £1.50/msg, 18+. To stop txt STOP",
    "Your ringtone club subscription is now active at £4.50/week. To unsubscribe call 0906{d4}{d3} (calls £1.50/min)",
    "URGENT! Your mobile has been awarded a £2000 bonus caller prize! Call 0905{d4}{d3} from a landline. BOX 95 LDN",
    "Hi babe, u remember me? Call me on 0907{d4}{d3} im waiting ;) £1.50/min 18+",
    "SIX chances to win CASH! From 100 to 20,000 pounds txt CSH11 to 8{d4}. Cost 150p/day, 6days, 16+ TsandCs apply",
    "You have 1 new voicemail. Please call 0871{d4}{d3} to listen. Calls cost 10p/min plus network charges",
    "Thanks for subscribing to Daily Horoscope! You'll be charged {usd2} per message, 3 msgs/wk. Reply STOP to cancel.",
    "Missed call from unknown number. Dial back +882{d6} to return the call.",
  ],
  parcel_fee: [
    "Royal Mail: Your parcel is on hold due to an unpaid shipping fee of £1.45. Please pay at {link} or it will be returned to sender.",
    "USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address in the link within 12 hours. {link}",
    "Evri: we missed you today! Reschedule your delivery and pay a £0.99 redelivery fee here {link}",
    "SingPost: Your parcel {d12} is held at our warehouse. Pay S$1.99 customs charges to release it: {link}",
    "AusPost: Your parcel could not be delivered due to an address error ⚠️ Update your details: {link}",
    "{courieren}: your package {d12} attracts import VAT of {gbp}. Pay within 48hrs to avoid return. {link}",
    "DHL EXPRESS: SHIPMENT PENDING. DUTY FEE UNPAID. PAY NOW TO AVOID DISPOSAL {link}",
    "India Post: your package has arrived at the warehouse but cannot be delivered due to incomplete address. Update within 24 hrs {link}",
  ],
  account_lock: [
    "{banken}: A new device has been added to your account. If this was NOT you, visit {link} to secure your account immediately.",
    "Apple ID locked for security reasons. Unlock now: {link}",
    "NETFLIX: Your payment was declined and your membership is suspended. Update your payment info: {link}",
    "Dear Customer your SBI YONO acount will be blocked today. Please update your PAN card immediatly. Click {link}",
    "Dear consumer your electricity power will be disconnected tonight at 9.30pm because your previous month bill was not updated. Please contact electricity officer {phone}",
    "PayPal: We've limited your account due to unusual activity. Log in to restore access: {link}",
    "E-ZPass: your account has an unpaid toll balance of {usd2}. Pay now to avoid suspension and late fees: {link}",
    "wells fargo alert: ur card has been locked. reply YES if u attempted a {usd} purchase at Walmart, NO if not",
  ],
  tax_refund: [
    "HMRC: You are due a tax refund of {gbp}. Claim online before {dateen}: {link}",
    "IRS: You are eligible to receive a refund of {usd} from your last tax return. Submit the form at {link}",
    "ATO: You have an outstanding tax refund. Verify your identity via myGov to receive it: {link}",
    "DWP: you are eligible for a £650 Cost of Living support payment. Apply now {link}",
    "myGov: Your Centrelink payment is ready. Confirm your bank details to receive it {link}",
    "Medicare: You qualify for a FREE grocery allowance card of {usd2}/month. Call {phone} to activate today",
    "Income Tax Dept: Your income tax refund of Rs {d4} is approved. Pls verify your account number at {link}",
    "DVLA: Our records show you have overpaid your vehicle tax. You are due a refund of {gbp}. Claim here: {link}",
  ],
};
