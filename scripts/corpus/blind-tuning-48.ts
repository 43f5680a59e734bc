/**
 * Blind tuning set #48 (scam only; LONG transcripts — whole calls and chat logs of 300–1,200 characters with hesitant
 * victims and polite, reassuring scammers; 15 templates for each of the real-text goal's four typologies, 4 for the
 * others; session 14). Measured once on arrival (tree 4ffe9dd), 3 renderings per template: every typology 100 %
 * (rules alone: romance and prize 75 %, the rest 100 %). The same on the tree that sets a transcript aside when the
 * model reads it as genuine: of its 272 renderings read as transcripts, the lowest scam_language probability was 0.61.
 *
 * BLIND_TUNING_48 — long scam transcripts (phone calls and chat logs, roughly 300–1,200 characters each)
 * for tuning an anti-fraud SMS/message classifier on conversation-length input.
 *
 * Written BLIND to the classifier: the author saw no code, rules, weights or tests, and ran nothing.
 *
 * Styles: speaker-labelled turns (A:/B:, 客服：/客户：, 骗子/受害人, left:/right:, 坐席/用户, 1:/2:, 对方/我,
 * names as in a chat export), unpunctuated ASR-like text with fillers, and chat logs. Victims hesitate, ask
 * questions or suspect a scam; scammers reassure politely, build the pretext over several turns and ask late.
 * Mix of simplified Chinese, Taiwan and Hong Kong traditional Chinese (incl. Cantonese) and about a quarter English.
 *
 * All texts are original. Scripts were paraphrased from public DESCRIPTIONS of scam typologies only
 * (never copied texts or data sets): anti-fraud advisories of China's Ministry of Public Security and the
 * National Anti-Fraud Center (国家反诈中心) typology explanations, Taiwan's 165 反詐騙 case summaries,
 * Hong Kong Police Anti-Deception Coordination Centre (ADCC) alerts, the US FTC consumer alerts,
 * and UK Action Fraud / National Cyber Security Centre guidance.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_48_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    `坐席：您好，请问是{name}本人吗？这边是{lender}贷后管理中心，我的工号是{d4}。
用户：是我，什么事？
坐席：您在{loanapp}的一笔借款已经逾期{days}天了，本息合计{amount}元，系统准备把您的资料移交法务部门。
用户：我没在这个平台借过钱啊，是不是搞错了？
坐席：系统显示是您本人身份证实名的，可能是您忘了，也可能被人冒用了。我们是正规持牌机构，不会乱打电话的。
用户：那我怎么办，我不想上征信。
坐席：您别着急，今天处理还来得及。对公账户今天已经结算了，我给您一个指定还款账户，是我们财务专员的，您转过去系统半小时内销账。
用户：转到个人账户？这合适吗？
坐席：这是内部过渡账户，很多客户都这样处理。如果今天下午五点前不处理，明天就安排{city}当地外访人员上门，同时通知您通讯录里的紧急联系人，并向法院起诉。
用户：那你把账户发我吧。
坐席：好的，您加一下我的微信{wx}，我把收款码发您，转账后截图给我，备注您的名字就行。`,
    `喂你好 是{name}吧 嗯对 我这边是那个{lender}的风控催收部啊 就是你之前在那个{loanapp}上面借的那笔钱呢 现在已经逾期了啊 嗯 我我没借过啊 你没借过 那系统里面你的身份证号手机号都对得上的 你这个呢我跟你讲 现在是最后一次电话通知了 下一步就是我们法务直接起诉 然后呢会给你单位发律师函 你家里人那边也会打电话过去的 你懂吧 啊那这个多少钱 本金加罚息一共是{amount}块 那个 今天你能还的话我这边可以给你申请减免一部分罚息 嗯 那我在app里还吗 app里面你那个账户已经被冻结了还不了的 你要走我们线下还款通道 我等下给你发个链接{link} 你打开之后按照提示转账到里面那个对接账户就行了 那个是我们合作的第三方 放心 我们是正规公司录音的 你别挂啊 我等你操作完`,
    `Agent: Good afternoon, may I speak with {fname}? This is the recoveries team calling about an outstanding balance of {gbp}.
Customer: I don't recognise that. Which company is this?
Agent: The original agreement was a short-term loan through an online lender. It was sold to us after {days} days of non-payment. I can see your date of birth and address on file, so it is definitely linked to you.
Customer: I never took out a loan. I think I'll call my bank first.
Agent: You are welcome to, but the file is marked for a county court claim and an enforcement visit on {dateen}. Once that is issued it goes on your credit report for six years. I'm trying to help you avoid that.
Customer: So what do you want me to do?
Agent: If you settle today I can freeze the interest and close the account. Because the case is already with legal, payment has to go to our settlement officer's account rather than the old lender. I'll text you the sort code and account number, or you can pay by card on {link}.
Customer: This doesn't sound right.
Agent: I understand, there are a lot of scams about, which is exactly why we record every call. Please stay on the line while you make the transfer.`,
    `對方：{name}您好，這裡是{lender}法務催收部，您的分期款項目前已逾期{days}天。
我：我每個月都有按時繳啊，怎麼會逾期？
對方：系統顯示上期扣款失敗，可能是您帳戶餘額不足。現在連同違約金共{amount}元，案件已準備送法院申請支付命令。
我：你是詐騙吧？
對方：現在詐騙很多，您小心是對的。我們不會要您給密碼，也不會叫您去ATM操作，您可以放心。
我：那要怎麼處理？
對方：今天下班前繳清，我們就撤回案件，不會寄文件到您公司，也不會聯絡您的家人和緊急聯絡人。
我：我可以直接在官網繳嗎？
對方：官網的繳費通道已經因為逾期被鎖了，只能用專案帳戶。我把帳號傳給您，是我們法務專員代收，繳完把收據拍照傳LINE給我，ID是{wx}。
我：好吧，我再想想。
對方：今天是最後期限喔，明天就會派員到府上拜訪了。`,
  ],
  task_rebate: [
    `派单员：亲，欢迎加入今日福利任务群，第一单是关注抖音账号截图，完成后返{small}元。
我：做好了，截图发你了。
派单员：收到，佣金已经发到您的微信，请查收。接下来有进阶任务，佣金更高。
我：什么任务？
派单员：帮商家垫付拍单提升销量，本金加{pct}%佣金一起返还，第一单只要{small}元。
我：钱真的能退回来吗？
派单员：放心，我们是正规电商运营公司，刚才那单不是已经返给您了吗？下载我们的任务APP，邀请码{d6}。
我：好了，第一单返了。
派单员：恭喜！现在系统给您派了三连单，需要连续完成，第一单{amount}元，第二单{amount2}元。
我：我钱不够了，能先把之前的退给我吗？
派单员：三连单中途不能提现，不然系统会判定违规，本金会冻结。您借一下朋友的，做完马上全部返还，还有额外奖励。
我：我怎么觉得像骗子。
派单员：姐，我们群里几百人每天都在做，您看上面大家的收款截图。卡单了才是最亏的，赶紧充值吧。`,
    `1：喂您好，打扰一下，我这边是做线上兼职推广的，请问您有空闲时间吗？
2：什么兼职？
1：很简单，就是在手机上给商家点赞、写好评，一单五到二十块，当天结算，宝妈学生都在做。
2：要交钱吗？
1：不用交任何押金。您加一下我们接待老师的QQ {qq}，她会拉您进任务群，先做几个免费的体验单。
2：好的，我加了。
1：老师跟您说了吧，做完体验单可以领新人奖励。后面的高佣任务需要先垫付货款，系统自动返还本金和佣金。
2：要垫多少？
1：看您选的档位，一般是{amount}元起，做完就返。我们是正规公司，有营业执照，您可以看一下。
2：我之前听说刷单都是骗人的。
1：那些是小平台，我们这个是跟{shop}官方合作的，您刚才体验单的钱不也到账了吗？今天名额不多，您抓紧。`,
    `left: Hello {fname}, I'm a recruiter from a digital marketing agency. We saw your CV online. Are you interested in a remote part-time job?
right: Maybe, what does it involve?
left: You help merchants boost their app ratings by completing "tasks" on our platform. Each set is 40 tasks, about 30 minutes, and you earn {usd} to {usd2} a day.
right: Sounds too easy. Do I need to pay anything?
left: No fee to join. Register at {link} with invitation code {d6}. Your trainer on Telegram {tg} will guide you through your first set.
right: OK I did the first set and I see a commission balance.
left: Great job! Sometimes you get a "combination task" with a higher commission. The account will show negative and you need to top up with USDT to continue.
right: Why would I pay to work?
left: It's not payment, it's your own funds, and it's returned with 5x commission once the set is done. We are a legitimate company, not a scam, please don't worry. If you don't finish, your balance will be frozen.`,
    `陳小姐：你好，我喺網上見到你哋請兼職做網店評價？
客服：係呀，好簡單，喺屋企用手機就做到，每單有佣金，即日入數。
陳小姐：要點做？
客服：你加我哋WhatsApp，我拉你入任務群，先做三單免費試做。
陳小姐：試做嗰啲錢真係收到喎。
客服：係咪好正？之後有VIP任務，要你先墊付貨款，完成之後本金連{pct}%佣金一齊退返俾你。
陳小姐：要墊幾多錢？
客服：第一單{amount}蚊啫，你轉去我哋財務嘅戶口，之後系統自動返還。
陳小姐：點解唔係轉去公司戶口？
客服：公司戶口要做帳好慢，財務戶口即時處理，好多會員都係咁做，我哋係正規公司，你放心。
陳小姐：我做完第一單，點解又話要再墊多次？
客服：因為你觸發咗連單任務，一定要完成晒先可以提款，唔係就會凍結晒之前啲錢㗎。`,
  ],
  investment: [
    `助理小王：各位新进群的朋友好，今天{surname}老师会在群里免费分享明天的潜力股，请大家关注。
老师：今天给大家说一只低位股，明天大概率涨停，仅供学习交流。
我：老师，前两天推荐的那只真涨了。
助理小王：是的，跟上老师的朋友都赚了。我们现在有个内部机构通道，可以拿到打新和大宗交易的折扣价，收益比二级市场高很多。
我：怎么参与？
助理小王：您下载{company}的交易软件，链接{link}，注册后把资金转到客服给的入金账户就行。
我：这个账户为什么是个人的？
助理小王：机构通道为了规避监管审核，用的是专户，老客户都是这样入金的，很安全。
我：我现在赚了二十多万，想提现。
助理小王：恭喜！提现前需要先缴纳{pct}%的个人所得税和风险保证金，共{amount}元，缴完立即到账。
我：不能从收益里扣吗？
助理小王：按规定必须另外缴纳，不然账户会被风控冻结。`,
    `喂 您好 我这边是那个证券公司的客户回访啊 请问您是在炒股吧 嗯 是的 是这样 我们公司最近推出一个免费荐股的活动 就是由我们首席分析师带队 每天给您推一到两只票 您不用交任何钱 赚了也不分成 嗯 那你们图什么 我们主要是做口碑嘛 就是您觉得好呢以后可以推荐给朋友 嗯 那怎么加入 您加一下我的微信{wx} 我拉您进我们的VIP交流群 那个群里老师每天早上九点会发 嗯 后面呢如果您想参与我们那个港股打新 或者那个私募的定增项目 收益会更高一些 就是需要在我们的专属平台{company}上面开户 入金的话转到我们的托管账户 啊那安不安全啊 安全的 我们是持牌机构 您可以在网上查 现在骗子多啊您注意一下 所以一定要认准我们这个平台别去别的地方开`,
    `{fname}: Hey, you mentioned your uncle taught you crypto trading. How is it going?
Lena: Really well! I use an arbitrage platform with his signals. Made 30% this month.
{fname}: That's crazy. Is it safe?
Lena: It's regulated, I can show you. Start small, like {usd}. Register at {link} and fund it with USDT.
{fname}: OK I put in a little and it went up fast. Now I want to withdraw.
Lena: Wonderful, I'm proud of you. The platform requires a tax clearance before withdrawals over a certain amount. It's {pct}% of your profits, around {usd2}.
{fname}: Why can't they just deduct it?
Lena: It's an anti money laundering rule, the deposit proves the funds are yours. Everyone has to do it. Customer service told me they are not scammers, they are licensed in Singapore.
{fname}: I might ask my bank first.
Lena: Banks don't understand crypto, they'll just freeze your account. Trust me, after this you can withdraw everything.`,
    `老師：各位學員早安，今天盤前分析已經發在群組，請大家自行參考。
助教Amy：{name}您好，看到您今天有提問，老師有空會幫您看持股。
我：老師說的那檔真的漲停了，好厲害。
助教Amy：老師在業界二十幾年了，現在我們有主力籌碼的內線資訊，外面散戶拿不到。
我：要怎麼跟？
助教Amy：請您下載我們合作投顧的APP，網址{link}，註冊後把資金匯到專員提供的儲值帳戶。
我：匯到個人帳戶可以嗎？
助教Amy：那是我們的代收帳戶，因為跟券商是專案合作，大家都這樣儲值，很安全。
我：我現在帳面賺了一百多萬，要出金。
助教Amy：恭喜！出金前需要繳交{pct}%的保證金跟稅金，共{amount}元，這是證交所的規定。
我：我可以打165問一下嗎？
助教Amy：您可以問，但是出金期限只剩{days}天，過了帳戶會被凍結喔。`,
  ],
  fake_loan: [
    `客服：您好，我是{loanapp}的放款专员，您申请的{amount}元贷款已经审核通过了。
客户：真的吗？那什么时候到账？
客服：已经在放款了，但是系统显示您填写的银行卡号有一位数字错误，款项被冻结在了中转账户。
客户：啊，那怎么办？
客服：别担心，您需要缴纳一笔解冻金，证明是您本人操作，缴纳后会连同贷款一起退还给您。
客户：要交多少？
客服：贷款金额的百分之十，也就是{amount2}元。
客户：贷款还没到手就先交钱，这不像正规的。
客服：我们是正规持牌金融机构，这笔钱不是手续费，是解冻验证，会全额退回。现在骗子很多，您要注意，所以只能按照我说的流程操作，转到我们财务审核账户。
客户：我能从贷款里扣吗？
客服：不行，冻结状态下款项无法操作。您今天不处理的话，系统会判定您恶意骗贷，会影响征信的。`,
    `A：请问是{name}先生吗？您在我们平台申请的贷款额度已经批下来了，{amount}元，年化利率很低。
B：我确实申请过，但不是说不行吗？
A：当时系统评分差一点，我这边帮您人工复审通过了。不过您的流水不太够，需要做一个还款能力验证。
B：怎么验证？
A：很简单，您往自己的银行卡里存入{amount2}元，截图给我看，然后转到我们的验资账户，系统确认后连同贷款一起打给您。
B：转到你们账户？那钱还能回来吗？
A：当然能，验资只是走个流程，十分钟就原路退回。很多客户都是这么操作的。
B：我再问问我老婆。
A：可以的，不过这个额度今天下午就失效了，后面再申请要重新排队。您先加一下我的QQ {qq}，我把账户发给您。
B：你们不是骗子吧？
A：先生您放心，我们是有备案的，您可以查我们公司的名字。录音全程都在的。`,
    `喂您好 这边是那个{loanapp}的啊 就是您之前在网上点过一个借款的链接对吧 嗯好像是 对 然后您这边资料已经审核好了 额度是{amount} 嗯 那个 现在就差一步 就是您需要开通一下我们的会员 会员费是{small}元 开通之后呢可以优先放款 而且利息打八折 嗯 那不开会员呢 不开会员的话就要排队 可能要等一个月 而且额度会降 嗯 那我开了会员以后还要交别的钱吗 不用了 就这一笔 后面呢只要按月还款就行 您放心我们公司是有放贷资质的 嗯 那会员费怎么交 我这边给您发一个二维码 您用微信扫一下就行 嗯 交了之后马上能放款吗 对的 交了之后我这边直接给您点放款 半小时到账 嗯你们这个 会不会是骗子啊 不是不是 我们公司是正规的 有营业执照 您如果不放心可以先不交 但是这个名额今天就过期了啊`,
    `放款专员：{name}您好，您的贷款合同已经生成了，请打开链接{link}签字确认。
我：签好了。什么时候放款？
放款专员：已经提交财务了。不过风控提示您的征信有一点点瑕疵，需要缴纳一笔保证金作为履约担保。
我：保证金多少？
放款专员：{amount2}元，第一期还款时自动抵扣，不会多收您一分钱。
我：能不能放款以后从里面扣？
放款专员：这个是银保监的要求，必须放款前缴纳，我们也没办法。您转到合同上的收款账户就行。
我：合同上怎么是个人名字？
放款专员：那是我们财务经理的名字，公司账户只收还款不收保证金，这样方便退还。
我：我交了，怎么还没到账？
放款专员：系统显示您的账户流水不足，需要再刷一笔流水{amount}元，证明还款能力，刷完一起退。
我：我没钱了，你们是不是骗我？
放款专员：您前面都交了，现在放弃的话前面的钱就退不回来了，还是继续完成吧。`,
    `坐席：您好，这里是{bank}信用贷款中心，我们针对优质客户推出无抵押贷款，最高{amount}元。
用户：你们是银行官方吗？
坐席：是的，我们是{bank}的合作渠道，审批快，当天放款。
用户：那我要怎么申请？
坐席：您下载一下我们的APP，{loanapp}，链接我用短信发给您，注册时填写身份证和银行卡信息。
用户：我填好了，显示放款失败。
坐席：我看一下……是因为您的银行卡被风控冻结了，原因是您填写的姓名和卡号不一致。需要您缴纳一笔解冻费{small}元，然后我们技术部帮您修改。
用户：改个信息还要钱？
坐席：这是银行收的工本费，不是我们收的，交完立即返还到您的贷款里。
用户：那我直接去银行柜台处理可以吗？
坐席：柜台处理需要十五个工作日，而且贷款会被取消。我建议您线上处理，我们是正规的，不会骗您的。`,
    `Lender: Hi {fname}, congratulations, your personal loan of {usd2} has been approved. This is Mark from the underwriting team.
Applicant: Oh great, I applied last week but didn't hear back.
Lender: Yes, your file was reviewed manually because your credit score was borderline. We got it approved with a guarantee.
Applicant: What kind of guarantee?
Lender: Because of your score, the law requires an insurance payment for the first three instalments. It's {usd}, fully refundable after your first repayment.
Applicant: Can't you deduct it from the loan?
Lender: Unfortunately no, the insurer needs it before the funds are released. You can pay it with store gift cards, just send me the numbers and the PIN on the back.
Applicant: Gift cards? That sounds strange for a bank.
Lender: I know, but it's the fastest way to clear the insurer today. We're a licensed lender, not a scam. If we don't receive it by 5 pm the approval expires.`,
    `對方：您好，我們是{lender}貸款代辦，看到您在網路上諮詢信貸。
我：對，我想借大概{amount}元，可是銀行都不過。
對方：沒關係，我們有辦法幫您包裝。只要幫您做一下帳戶金流，銀行看到就會核貸。
我：要怎麼做？
對方：您把存摺和提款卡寄給我們，我們會幫您匯入匯出做漂亮的流水，兩週後還給您。
我：把提款卡給你們？這樣安全嗎？
對方：很安全，我們是合法的財務顧問公司，做了十幾年了，不會動您的錢。密碼也要一起給我們，系統才能操作。
我：可是我聽說這樣會變成人頭帳戶。
對方：不會啦，那是不肖業者才會這樣。另外要先收一筆代辦費跟手續費，共{amount2}元，核貸後才收尾款。
我：我再考慮一下。
對方：好，但這個月的專案名額有限，您盡快決定喔。`,
    `財務公司職員：喂，{name}先生你好，我哋係財務公司，你喺網上申請嘅私人貸款已經批咗，{amount}蚊。
{name}：係咩？咁快？
財務公司職員：係呀，你信貸評級唔錯。不過放款之前，要你先俾一筆手續費同律師費，一共{amount2}蚊。
{name}：唔可以喺貸款度扣咩？
財務公司職員：唔得呀，呢個係放債人條例規定嘅，一定要事先繳交，之後會退返俾你。
{name}：我記得正規財務公司唔可以收手續費喎。
財務公司職員：嗰啲係銀行，我哋係持牌放債人，情況唔同。你放心，我哋唔係騙子，你可以上網查我哋牌照號碼。
{name}：咁要轉去邊度？
財務公司職員：我WhatsApp個戶口號碼俾你，係我哋會計部同事嘅戶口，你轉咗之後影低張收據俾我。
{name}：我打去金管局問吓先。
財務公司職員：你問都冇所謂，不過今日唔交，份合約就會取消。`,
    `1：您好，这里是{loanapp}客服，您在平台借的钱已经放款了，请问收到了吗？
2：没有啊，我看卡里没钱。
1：我查一下……您的贷款资金因为触发了反洗钱审查，被冻结在平台账户里了。
2：那怎么才能拿到？
1：需要证明您有足够的还款能力，系统要求您账户里有贷款金额的百分之二十的资金。您先转{amount2}元到验证账户，完成验资以后一起放款。
2：可是我没有这么多钱，我就是缺钱才借的。
1：您可以找亲戚朋友周转一下，十分钟就退回来了。
2：我朋友说这是骗局。
1：您朋友不了解情况。我们是正规平台，有银行资金存管，如果您不配合，系统会认定您骗贷，要上报征信，还要承担违约金。
2：你是在威胁我吗？
1：不是威胁，是提醒您。我也是为了您好，赶紧处理吧。`,
    `专员：{name}女士，恭喜您，您的小额贷款已经通过初审了。
客户：我昨天是在一个广告里申请的，利息高吗？
专员：利息很低，日息万分之二，额度{amount}元，可以分十二期还。
客户：那什么时候到账？
专员：现在需要您加一下我们的企业微信{wx}，完成最后的面签。
客户：加好了。面签要做什么？
专员：您打开视频，念一下我们给您的承诺书。然后按照规定，首次借款用户需要购买一份借款保险，保费{small}元。
客户：别的平台没听说要买保险啊。
专员：那是别的平台，我们这个是有保险兜底的，对您也是保障，放款后保费会退回。
客户：那我转了。
专员：收到了。但是您转账备注没有写订单号，系统没识别，钱被冻结了，需要再转一次同样的金额来解冻，之前那笔会一起退。`,
    `Caller: Good morning, is this {fname}? I'm calling from a debt consolidation lender about your application for {gbp}.
Victim: Yes, I filled in a form online. Am I approved?
Caller: You're pre-approved. To finalise, I just need to verify your identity. Can you confirm your date of birth and the long card number on your bank card?
Victim: Why do you need my card number?
Caller: It's just to check your account is active so we can send the funds. Now, because your credit file shows a recent missed payment, the underwriter requires an upfront arrangement fee of {usd}.
Victim: I thought fees were taken from the loan.
Caller: Normally yes, but in your case it protects the lender. It is refundable if you're declined. We're FCA registered, you can check.
Victim: Let me call my bank first.
Caller: You can, but the offer is only held for one hour. If you pay now via bank transfer to our processing partner, the money lands by this afternoon.`,
    `受害人：喂，你好，我看到你们发的短信说可以贷款，不看征信？
骗子：是的，我们是{city}本地的金融公司，黑户白户都能做，最高{amount}元。
受害人：我征信有逾期，也可以吗？
骗子：可以，我们有内部渠道，专门帮征信不好的客户。先下载{loanapp}填资料。
受害人：填好了，显示审核中。
骗子：审核已经通过了，不过您的征信有问题，我们需要帮您洗白一下，不然放不了款。要交一笔征信修复费{small}元。
受害人：还要洗白？
骗子：这是技术部门操作的，交了之后马上出款。
受害人：我交了，现在又说什么？
骗子：您的银行卡流水太少，需要做一下刷流水，您先转{amount2}元到我们指定账户，我们再转回给您，形成流水记录。
受害人：你们不会是骗子吧，一直让我交钱。
骗子：您放心，走完这一步就好了，很多客户都已经拿到钱了，我给您看截图。`,
    `Alice: Hi, I saw your ad on social media. You said you lend to people with bad credit?
LoanAgent: Hi Alice! Yes, we're a private lender, no credit checks. How much do you need?
Alice: Around {usd2} to cover rent.
LoanAgent: No problem. Please send a photo of your ID and your bank details so we can prepare the contract.
Alice: Sent. When will I get it?
LoanAgent: Contract is ready. Before we release the funds, you need to pay a one-time processing fee of {usd}. It covers the legal paperwork.
Alice: Can't you take it out of the loan?
LoanAgent: Our system can't do partial transfers. Pay by Cash App or crypto and I'll release your loan within 30 minutes.
Alice: I paid. Nothing came.
LoanAgent: The transfer was flagged by the anti fraud system. You need to pay an unlock fee to clear it. After that, everything will be refunded with the loan. We are not scammers, please be patient.`,
    `客户：你好，我在你们的{loanapp}上申请了贷款，为什么显示账户异常，提现失败？
客服：您好，我帮您查一下。您的账户被系统冻结了，原因是您填写的收款银行卡姓名有误。
客户：我没填错啊。
客服：系统显示姓名多了一个空格，所以被判定为虚假信息。为了证明不是骗贷，需要您缴纳贷款额度百分之十五的解冻金。
客户：这也太离谱了吧。
客服：我理解您的心情，不过这是系统自动判定的，人工也没办法跳过。缴纳后解冻金会和贷款一起返还到您的银行卡。
客户：我先报警问问。
客服：您报警也没用，这是合同规定的，您签合同的时候已经同意了。如果您不处理，就会被认定为违约，要承担贷款金额百分之三十的违约金，并且上报征信。
客户：那我要转到哪里？
客服：我在APP里给您发收款账户，请您通过手机银行转账，不要去柜台，柜台会拦截导致解冻失败。`,
    `A: 哈囉，我這邊是{lender}的貸款專員，您有在網路上留資料申辦貸款對嗎？
B: 有，想借{amount}元。
A: 好的，您的資料審核通過了，不過因為您沒有薪轉證明，需要用「保證金」方式核貸。
B: 保證金要多少？
A: 大概{amount2}元，撥款後跟第一期一起退還給您。
B: 我沒有這麼多錢耶，不然我不要借了。
A: 不要這樣啦，都已經核准了。不然我們先幫您墊一半，您只要準備一半就好。我們是合法立案的公司，您可以上經濟部網站查。
B: 我要匯到哪裡？
A: 請匯到我們的撥款專戶，帳號我用LINE傳給您。匯款後記得拍收據。
B: 為什麼是個人帳戶？
A: 那是我們的會計，公司帳戶下午三點就關帳了，今天要撥款就只能這樣。`,
  ],
  customer_service: [
    `客服：您好，请问是{name}吗？我是{shop}的售后客服，您前几天购买的{goods}被质检发现有质量问题，我们要给您做双倍赔偿。
客户：哦，是吗？我没发现有问题啊。
客服：这批货检测出甲醛超标，已经全面召回了。因为订单已经签收，系统退不了款，我们通过{app}的备用金通道给您理赔。
客户：备用金是什么？
客服：您打开{app}，搜索备用金，领取一下{amount}元，这个是商家垫付的，不用还，然后我们再把赔偿打给您。
客户：领好了，然后呢？
客服：您需要把备用金转回商家的清算账户，系统才能核销，核销后赔偿金{amount2}元就会到账。
客户：为什么要我转账？
客服：这是平台规定，防止您重复领取。您放心，我们是官方客服，工号{d4}。现在骗子很多，您千万不要告诉别人验证码，按我说的操作就行。`,
    `喂你好 请问是{name}吗 我这边是{courier}快递的理赔专员 您有一个包裹在我们中转站丢失了 我们这边给您做一个三倍理赔 啊我那个包裹还没到吗 对 您那个件在{city}转运的时候丢失了 非常抱歉 我们这边呢会按照三倍金额赔付您 那怎么赔 您需要加一下我们理赔中心的QQ {qq} 然后呢下载一个会议软件 我们跟您开一个屏幕共享 指导您填写理赔单 嗯 屏幕共享不太安全吧 没事的 我们是正规快递公司 只是帮您看一下填写有没有错 您在理赔页面里输入您的银行卡号和余额 系统会核实您的账户 然后自动打款 嗯 好吧那个链接是什么 我发您短信 {link} 您点进去就好了 嗯 那个页面怎么还要填支付密码 那个是系统核验用的 加密的我们看不到 您填完之后等一下会收到一个验证码 您念给我 我这边帮您提交理赔 钱十分钟到账`,
    `坐席：您好，这里是{app}客服中心。您之前开通了「百万保障」服务，试用期已经结束，下个月起每月自动扣费{small}元。
用户：我没开过这个啊。
坐席：可能是您在某个活动中误点开通的。如果您不需要，现在可以帮您关闭，否则会一直扣费，而且会影响您的征信。
用户：那帮我关掉吧。
坐席：好的，关闭需要您本人配合操作。请您打开手机银行，看一下余额，确认是否有足额资金，系统会先做一个验证。
用户：为什么要看余额？
坐席：关闭服务需要验证您的账户是正常状态。稍后您会收到一条验证码，把验证码读给我就行。
用户：验证码不是不能告诉别人吗？
坐席：对，一般情况下不能，但我是官方客服，录音在案，是为了帮您注销业务。现在骗子多，您要注意，所以按我说的做就不会有问题。`,
    `Agent: Hello, this is {shopen} customer support. We noticed a suspicious order on your account for a {goodsen} worth {usd}.
Customer: I didn't order that!
Agent: No problem, we'll cancel and refund it. To process the refund I need to connect to your computer. Please download AnyDesk and read me the nine-digit code.
Customer: OK... it's connected.
Agent: Now log into your online banking so the refund can be sent. ... Oh no, I accidentally typed an extra zero. We refunded {usd2} instead of {usd}.
Customer: I see that in my account. What do I do?
Agent: I could lose my job for this. Please send the difference back. Because the banking system is locked during the refund, you'll need to buy gift cards and read me the numbers.
Customer: This doesn't feel right. I'll call my bank first.
Agent: Please don't hang up, the session will expire and your account will be flagged for fraud. We are the official support team, not scammers.`,
    `客服：您好，我是{shop}的客服，请问您是不是在我们平台开通了学生会员？
客户：没有啊，我已经毕业好几年了。
客服：系统显示您开通了会员，每月会从您的银行卡扣{small}元，如果不取消会一直扣。
客户：那帮我取消吧。
客服：好的，取消需要您在{app}里面做一下验证。您先下载一个视频会议软件，我们开个会议，您打开屏幕共享，我指导您。
客户：为什么要屏幕共享？
客服：因为取消流程比较复杂，我怕您操作错了。您放心，我们只是看着，不会动您的手机。
客户：好，我打开了。
客服：您现在点开{app}的借款页面，看看有没有额度。
客户：有{amount}元额度。
客服：您需要把这笔额度借出来，转到我们的对公验证账户，证明您有还款能力，取消会员后系统会全部退回，不会收利息。
客户：借出来转给你？这不对吧。`,
    `对方：您好，我这边是{app}客服，您的直播间会员刚刚到期，系统默认给您开通了年费会员，今天扣费{amount}元。
我：我没有开过直播会员啊！
对方：可能是您家小孩玩手机时误操作了。不过没关系，我们可以帮您取消，并退还费用。
我：那快点帮我取消。
对方：请您加一下我们的退款专员微信{wx}。
我：加了，然后呢？
对方：退款专员：您好，请您打开支付宝，进入「我的」-「余额」，截个图给我，我看看您账户是否支持退款。
我：截图给你了，余额不多。
对方：您的余额不足以完成退款验证，需要有{amount2}元以上才行。您可以从信用卡转一点过来，验证完马上退。
我：我为什么要往里面转钱？
对方：这个是系统的验证机制，验证完连同会员费一起退给您。我们是官方的，您可以看我的工号。`,
    `客服人員：您好，這裡是{shop}網購客服，請問是{name}小姐嗎？您上週購買的商品，因為我們工作人員作業疏失，把您設定成批發商，之後每個月會自動扣款十二期。
我：什麼？我只買了一次啊。
客服人員：真的很抱歉，我現在幫您轉接銀行的客服人員，請他協助您解除分期。
銀行專員：您好，我是{bank}客服，您的帳戶被設定了每月扣款，需要您去ATM操作解除。
我：可以在網路銀行解除嗎？
銀行專員：網銀沒有這個功能，要到ATM做「取消設定」的動作。您到了之後打電話給我，我一步一步教您。
我：ATM畫面上是轉帳啊。
銀行專員：對，那是系統介面，您輸入我給您的代碼就是取消指令。您放心，我們是銀行正式人員，現在詐騙很多，所以流程要在電話上確認。`,
    `客服：陳生你好，我係{shop}客戶服務部，你上個月喺我哋網店買嘅嘢，我哋發現貨品有問題，要同你退款。
陳生：哦，咁點退？
客服：我哋會退返{amount}蚊俾你，不過要你填一份退款表格，我用SMS send條link俾你，{link}。
陳生：收到，要填咩？
客服：你填返你嘅信用卡號碼、有效日期同背面三個數字，我哋先可以退錢入卡。
陳生：點解要背面嗰三個數字？
客服：因為系統要核實張卡係你本人嘅，退款先會成功。
陳生：之後佢話有個一次性密碼，我要唔要俾你？
客服：要，你讀返個密碼俾我，我幫你確認退款。我哋係官方客服，唔使驚。
陳生：但係個密碼個SMS寫住係付款喎，我都係問吓銀行先。
客服：唔使問，呢個係退款流程嘅一部分，你唔快啲就會過期。`,
    `Customer: Hello? You said my parcel was lost?
Agent: Yes, hello, this is the claims department at {courieren}. Your parcel number {d12} was damaged at our depot. We're sorry. We'll compensate you for the full value plus a goodwill payment.
Customer: Oh, OK. How does that work?
Agent: I'll send you a claim form by text. Please open {link} and enter your full card details, so we can refund directly to your card.
Customer: I filled it in. It asks for a code now.
Agent: That's just to confirm the refund. You'll receive a six digit code, please read it to me.
Customer: The text says "do not share this code, it's for a payment".
Agent: That's a standard template from your bank. In our case it's a refund. Please read it quickly, the code expires in two minutes.
Customer: I'm not sure. Shouldn't I just call the number on your website?
Agent: You can, but then the claim is reset and it takes eight weeks. We're the official team.`,
    `A：您好，请问是{name}先生吗？这里是航空公司客服，您预订的{date}飞往{city}的航班因机械故障取消了。
B：啊？那怎么办？
A：很抱歉给您带来不便，我们会给您办理改签，同时赔付{small}元的延误补偿。
B：好的，怎么领取？
A：您需要提供一下您的银行卡号，我们财务直接打到您的账户。
B：卡号是多少……可以吗？
A：可以。现在系统提示您的卡不是我们合作银行，需要您在手机银行上操作一下，激活理赔接收功能。
B：怎么激活？
A：您打开手机银行，选择转账，在收款人输入我们理赔中心的账户，金额输入{amount}元，这个是测试数据，会立刻退回。
B：转账不是把钱转出去吗？
A：这是反向操作，系统会识别为理赔，钱不会真的转出。我们是正规航空公司，现在很多骗子冒充我们，所以您一定要按照我的指导操作。`,
    `客服：您好，我这里是{shop}金融客服，我们检测到您在学生时期开通过的白条账户还没有关闭。
客户：我不记得了。
客服：根据银保监会最新规定，学生账户需要在今天内注销，否则会影响您的个人征信，以后买房买车都受影响。
客户：那我怎么注销？
客服：您需要先下载一个会议软件，我帮您远程操作。
客户：好的。
客服：您看一下您的白条额度和其它借款平台的额度，都需要清空才能注销。您把额度借出来，转到我们的专项账户里面，系统确认后会自动还款。
客户：借出来再转给你们？这听着像骗局。
客服：不会的，我们是正规的官方客服，您可以在官网上查看我们的电话，我们的号码是官方号。注销完毕后您的钱会原路退回。
客户：那为什么不能直接在APP里点注销？
客服：APP里的注销入口只针对普通账户，学生账户要人工处理。您今天不办，明天系统就会自动上报征信，到时候再处理就晚了。`,
    `Hi, this is Amazon Prime calling regarding your annual membership renewal of {usd} which will be charged today press one to speak to an agent ... Agent: Hello, thank you for holding. I see an annual Prime renewal scheduled on your account. Did you authorise this?
Customer: No, I cancelled Prime last year.
Agent: I see, it may have been renewed by a hacker. To cancel and secure your account I need to verify you. Can you go to the link I'm texting, {link}, and log in?
Customer: I'm logged in. It's asking for my card.
Agent: Yes, please re-enter it so we can reverse the renewal. Then you'll get a code from your bank, tell me the code.
Customer: Why would cancelling need a code?
Agent: It confirms you are the cardholder. There's a lot of fraud right now, so we're being extra careful. We are not scammers, this is the official department.`,
    `用户：你好，我在{shop}买的{goods}一直没发货，商家让我加你们客服？
客服：您好，是的，您的订单因为卖家店铺违规被冻结了，资金无法退回到原账户。
用户：那我的钱怎么办？
客服：别担心，平台会进行先行赔付。需要您配合在{app}上操作理赔流程。您先下载这个理赔助手，{link}。
用户：下好了，要我输入什么？
客服：您输入银行卡号和密码，系统会把赔付金额打到您的卡上。
用户：还要输密码？
客服：对，理赔助手是平台官方软件，密码是加密的，我们看不到。
用户：我还是觉得不对劲，要不我在官方APP里面申请。
客服：官方APP的订单页面已经被冻结了，只能通过理赔助手。您放心，我是平台客服，这是我的工牌照片。`,
    `喂您好 这边是那个{app}的客服中心啊 工号{d4} 就是您之前呢在我们平台开通了一个那个快递保障的服务 这个服务呢现在要升级收费了 一个月{small}块 您如果不需要的话我可以帮您关闭 嗯 我没开过啊 对 很多客户都不知道 是之前买东西的时候默认勾选的 嗯那你帮我关了 好的 关闭需要您本人授权 您先打开微信 我们这边发一个腾讯会议号给您 您进入之后打开屏幕共享 嗯 屏幕共享干嘛 就是方便我们指导您 因为关闭的步骤比较多 嗯 好 我进去了 好 您现在打开一下您的银行APP 查看一下银行卡的余额 嗯为什么要看余额 因为关闭的时候系统要核实账户有效性 您放心我们是官方的 录音的 嗯 余额有两万多 好的 那您现在点转账 把余额先转到我们的保障核验账户 核验完系统就会自动关闭服务 钱原路返回 这个您千万别挂电话 挂了就要重新排队了`,
    `客服：{name}您好，这里是{app}，您的账户因为参与了非法刷单，被系统列入高风险名单，需要进行资金清退。
客户：我没有刷单啊。
客服：可能是您的账号被别人借用了。如果不处理，您的账户和绑定的银行卡都会被冻结。
客户：那要怎么处理？
客服：您需要把账户里的资金转到平台的风险保证账户，核查完毕后会全额退回。
客户：我能去{bank}柜台问一下吗？
客服：可以，不过银行那边不知道我们平台的内部规定，您去问的话反而会让您的账户被标记。而且这个事情涉及到您的个人信用，请不要告诉其他人，包括银行工作人员。
客户：这样有点奇怪。
客服：理解您的担心，不过我们是官方客服，您可以在APP里核对我的工号{d4}。处理完成后会给您发送确认短信。`,
  ],
  police_impersonation: [
    `坐席：您好，这里是{city}通信管理局，您名下的手机号码涉嫌发送诈骗短信，两小时后将被停机。
用户：我没有发过什么短信啊。
坐席：可能是您的身份信息被盗用办理了号码。这边帮您转接{city}公安局刑侦支队，您直接报案。
警官：你好，我是刑侦支队的{surname}警官，警号{d6}。经查，你的身份证涉及一起洗钱案，案号{case}，涉案金额巨大。
用户：不可能，我是普通上班族。
警官：我们也相信你是被冒用的，但是需要你配合调查，证明清白。这个案件属于机密，不能告诉任何人，包括你的家人。
用户：我要怎么配合？
警官：你要把你名下所有账户的资金转到国家安全账户进行资金清查，清查后会原数退还。
用户：我还是去派出所吧。
警官：你现在去派出所，嫌疑人会知道案情泄露，你的资金会被冻结，你自己也会被拘留。你找一个安静的房间，我们开视频做笔录。`,
    `喂您好 这里是市医保局的 请问是{name}吗 嗯是我 您的医保卡在{city}{hospital}有异地消费记录 涉嫌违规套取医保基金 金额是{amount}元 啊 我没去过那里啊 那可能是您的医保卡被人冒用了 这个情况呢比较严重 我帮您转接到当地公安局 您报个案 嗯好 喂你好 这里是{city}公安局 我是{surname}警官 你的情况医保局已经通报过来了 经查啊 你的身份证还涉及到一起特大洗钱案 你需要配合调查 这个案子是保密的 你不能告诉任何人 嗯 我 我该怎么办 你现在加一下我们办案的专用QQ {qq} 我们开个视频给你做个笔录 然后呢你名下的资金要做一个资金清查 清查完会退还给你的`,
    `Officer: Good afternoon, this is Detective Sergeant Harris from the Metropolitan Police fraud squad. Am I speaking to {fname}?
Victim: Yes... is something wrong?
Officer: We've arrested a man using a cloned copy of your bank card. We believe a member of staff at your bank branch is involved.
Victim: Oh my god. Should I call my bank?
Officer: Please do, hang up and call 999 if you want to verify me. (the line is not actually cleared) ... Hello, Metropolitan Police, how can I help?
Victim: I'm checking about Detective Harris.
Officer: Yes, he's one of ours. I'll put you back to him.
Officer: Right, so we need your help. Your money isn't safe in your current account. We will set up a secure holding account and you need to transfer your savings there today.
Victim: Can't the bank protect it?
Officer: That's the problem, the suspect works there. Don't tell the branch staff why you're moving the money. Say it's for home improvements. This is confidential.`,
    `A：请问是{name}吗？这里是{courier}快递，您寄往{city}的一个包裹被海关扣留了，里面发现有十几张银行卡和护照。
B：我没寄过包裹啊！
A：寄件人信息是您的身份证，您需要和当地警方联系澄清，我帮您转接。
C：你好，这里是{city}公安分局，我是{surname}警官。你涉嫌参与一起跨境洗钱案件，检察院已经发出了逮捕令。
B：这肯定是搞错了，我什么都不知道。
C：你说的我们需要核实。你打开这个网站{link}，输入你的身份证号，可以看到你的通缉令。
B：真的有……我的照片都在上面。
C：你现在必须配合调查。我们会对你的资金进行清查，你需要把资金转到检察院的监管账户，调查结束后退还。
B：我能跟我老公说一下吗？
C：不行，这是保密案件，你泄露案情就是妨碍司法，要负刑事责任。`,
    `1：您好，这里是{city}人民法院，您有一张传票未领取，请按9转人工服务。
2：喂？什么传票？
1：您好，我是法院工作人员，您因为信用卡恶意透支被{bank}起诉，下周开庭。
2：我没有办过{bank}的信用卡。
1：那您可能是身份被盗用了，这种情况您需要报警。我帮您转到当地公安局。
3：你好，我是刑侦大队的{surname}警官。你的身份证关联了一个被用于诈骗的银行账户，里面有{amount}元赃款。
2：我真的不知道。
3：我们会核实，但是你现在是嫌疑人。为了证明你的清白，你需要配合我们做资金核查。下载这个安全防护APP，{link}，按照提示操作。
2：我还是想去公安局当面说。
3：你过来的话会直接被羁押，我们是为了保护你，才让你在家配合。`,
    `IRS Officer: This is Officer Daniel Brooks with the Internal Revenue Service, badge number {d6}. Am I speaking with {fname}?
Taxpayer: Yes, what's this about?
IRS Officer: Our records show you underpaid taxes for the years {year} and previous, totalling {usd2}. A warrant has been issued for your arrest.
Taxpayer: What? I always file my taxes properly.
IRS Officer: There were errors in your filings. If you cooperate today, we can cancel the warrant. Otherwise local police will be sent to your address within the hour.
Taxpayer: Can I speak to my accountant first?
IRS Officer: If you hang up, the case goes to enforcement. You must settle today. The fastest way is with prepaid gift cards. Go to the nearest store and buy cards worth {usd}, then read me the codes.
Taxpayer: The IRS takes gift cards?
IRS Officer: It's a special arrangement for urgent settlement. Do not tell the store clerk what they're for, this is a confidential federal matter.`,
    `對方：您好，這裡是中華電信，您申辦的一支門號積欠電話費{amount}元，今天下午會停話。
我：我沒有申請這支號碼啊。
對方：那可能是您的證件被冒用了，我幫您轉接{city}警察局報案。
警察：您好，我是刑事組的{surname}警官。剛剛查詢，您的帳戶被歹徒拿去作為人頭帳戶，涉及一起詐欺洗錢案。
我：我不知道這件事。
警察：我們會移送地檢署處理，您要配合檢察官偵辦。
檢察官：您好，我是地檢署檢察官。為了證明您的清白，您的存款要交給法院監管，等調查結束就會歸還。
我：要去法院辦嗎？
檢察官：不用，我們會派專員到您家附近跟您拿。這件事是偵查不公開，不能告訴任何人，包括銀行行員。如果行員問您，就說是要買房子。
我：我想先打165確認。
檢察官：165也是我們的系統，您打過去也會轉回來給我。`,
    `喂 你好 呢度係速遞公司 你有一個寄去內地嘅包裹俾海關截咗 入面有假證件 請按九字轉接職員 ... 你好 你個包裹涉及刑事案件 我幫你轉接內地公安 ... 你好 我係{city}公安局嘅{surname}公安 你嘅身份證明文件俾人用嚟開設銀行戶口洗黑錢 依家國家要通緝你 你要配合調查 吓 我冇做過 我知你可能係受害人 但係你要證明自己清白 你而家唔可以同任何人講 包括你屋企人 如果唔係就會被起訴 你要登入我哋公安網站{link} 輸入你嘅網上銀行戶口同密碼 等我哋調查你嘅資金 咁樣安全唔安全 你放心 我哋係公安 所有嘢都會保密 同埋你要將啲錢轉去指定嘅安全戶口做資金審查 咁 我可唔可以去差館問吓 你去香港警署佢哋都唔知內地嘅案件 仲會打草驚蛇 你唔好收線 跟住我指示做就得`,
    `骗子：你好，我是{city}检察院的{surname}检察官，现在跟你核实一起案件。你是否认识一个叫王某的人？
受害人：不认识。
骗子：王某是一个洗钱团伙的头目，我们在他家里搜出了一张以你名义办理的{bank}银行卡，涉案金额{amount}元。
受害人：这张卡不是我办的。
骗子：我们初步判断你是被冒用的，但程序上需要你配合完成审查。接下来的通话内容属于国家机密，你需要找一个没人的房间。
受害人：好的，我在卧室。
骗子：你现在下载一个视频会议软件，会议号{d6}，我们给你做视频笔录。
受害人：我进来了，你穿着制服……
骗子：按程序，你需要证明名下资金来源合法。把你所有银行卡的资金归集到一张卡上，然后转到我们的清查账户。这是检察院的统一账户，审查后二十四小时内退还。
受害人：我先跟我女儿说一下吧。
骗子：不行，你女儿如果知道了，她也会被列为关联人员。`,
    `坐席：您好，这里是{city}税务局稽查科，您名下的{company}存在虚开发票的行为，涉嫌偷税漏税。
用户：我没有开过公司。
坐席：系统显示法人是您，注册地址在{city}。如果不是您本人，那可能是身份证被盗用了，建议您马上报警。我可以帮您转接经侦支队。
警官：你好，这里是经侦支队。我们已经立案调查，案号是{case}。你是否有在网上泄露过身份证信息？
用户：可能有吧，我不确定。
警官：现在需要对你的资金进行核查。你先把你名下银行卡的余额告诉我，再下载我们的办案软件，进行资金备案。
用户：这个要多久？
警官：资金核查需要三个工作日，核查期间资金会转入国家指定的安全账户。
用户：我想去税务局当面确认。
警官：你现在是涉案人员，去税务局会被当场控制。配合我们在线办理是对你最好的。`,
    `Caller: Hello, this is the Chinese Embassy. We have an important notice about your document. Press 1 for details. ... Staff: Hello, this is the embassy. Are you {name}?
Student: Yes, I'm a student here.
Staff: A parcel mailed under your passport was intercepted by customs in {city}, containing forged documents. We'll transfer you to the police there.
Police: Hello, I'm officer {surname} from the {city} Public Security Bureau. Your identity is linked to a money laundering case, case number {case}.
Student: I have nothing to do with that.
Police: Then you need to cooperate to prove your innocence. You're not allowed to tell your parents or your university, or you'll be arrested when you return. Download this encrypted app and stay on video with us every two hours.
Student: What else do I need to do?
Police: Transfer your funds to the court supervision account for verification. We're not scammers, this is an official investigation. If you hang up, a warrant will be issued.`,
    `网警：您好，我是{city}公安局网络安全大队的，我们监测到您的手机正在被境外诈骗团伙远程控制。
用户：啊？真的吗？
网警：您最近有没有下载来路不明的软件？
用户：好像下载过一个购物的APP。
网警：这就对了，那个软件是木马。他们已经获取了您的银行卡信息，正在准备转走您的钱。
用户：那怎么办？
网警：我们现在要对您的账户进行紧急保护。您需要下载我们的「国家反诈安全防护」软件，链接{link}，打开后填写您的银行卡号和密码，系统会自动加密。
用户：国家反诈中心的APP不是在应用商店下载的吗？
网警：这是公安内部版本，功能更全，商店里是公众版。您要尽快，不然钱就被转走了。我们是警察，不会害您的。
用户：我还是打110确认一下吧。
网警：您现在挂电话，木马就会触发转账。您先装好软件，我给您看我的警官证照片。`,
    `骗子：喂，你好，这里是社保局，你的养老金领取资格需要进行年度认证，否则下个月停发。
受害人：我每年都认证的啊。
骗子：今年系统升级了，你的信息显示有异常，你的社保卡在{city}被人用来办理了一张银行卡，涉嫌违法。
受害人：那我怎么办？
骗子：我给你转到公安局，你报案说明情况。
骗子2：你好，我是公安局的。你的身份被盗用，涉嫌一起诈骗案，为了证明你跟案件无关，我们要对你的存款进行清查。
受害人：我的钱都是辛苦攒下的养老钱。
骗子2：所以更要清查，证明来源合法。你去银行把钱转到我们的安全账户，银行柜员问你，就说是给儿子买房。千万不要告诉银行是我们让你转的，不然案件泄密，你就要承担责任。
受害人：那我转了以后怎么拿回来？
骗子2：清查完毕后，公安会出具证明，钱原路退回你的卡上。`,
    `A：喂，您好，这里是市公安局，您的身份信息涉及一起非法集资案，我是办案民警{surname}警官。
B：我没参加过什么集资啊。
A：案件主犯交代，你从他那里收取了{amount}元的好处费。
B：你们肯定搞错了，我要找律师。
A：你有权找律师，但目前案件处于侦查阶段，依法保密，你只能和办案民警联系。你要是不配合，我们会立即对你采取强制措施。
B：那要怎么配合？
A：今天下午我们会开通一个视频会议，给你做笔录，并且出示逮捕令，你看一下。
B：我看到了，那上面真的有我的名字。
A：接下来对你名下的资产进行冻结审查，你需要把钱转入我们指定的清查账户，公安部的资金监管中心会帮你保管。审查通过，全部原数返还。
B：这个账户是个人名字？
A：那是监管中心的专员账户，为了保密不用单位名称。`,
    `喂 您好 这边是{city}出入境管理局的 您的护照涉嫌违法出入境 需要处理一下 嗯什么 我没出过国 您的护照在{city}口岸有出入境记录 是不是有人冒用了 我这边给您转到当地派出所 嗯好 喂你好 我是派出所的{surname}警官 根据我们的调查 你的护照被一个走私团伙使用 涉及到跨境洗钱 那 那怎么办 你先不要慌 你现在要配合我们 首先这件事情不能跟任何人说 包括你的家人 否则会影响案件侦破 然后呢我们会给你一个资金安全账户 你把你的存款转进去 我们核查完了就还给你 警察同志 我能不能去派出所 你来派出所的话会直接收押 我们是为你好才在电话里处理 你现在找一个没人的房间 打开视频 我们要给你做笔录 你把你几张银行卡的余额都报一下 然后按照我给你的账户转过去 记住一定要保密`,
  ],
  credit_repair: [
    `客服：您好，请问是{name}吗？我是{app}金融的客服，我们发现您在大学时注册过一个校园贷账户，一直没注销。
客户：我好像没用过。
客服：您当时可能只是注册没借款，但是根据国家最新政策，校园贷账户必须在今天注销，否则会影响您的征信，以后办房贷车贷都受影响。
客户：那怎么注销？
客服：您需要把所有借贷平台的额度清零。您先打开{app}，看看借款额度是多少。
客户：{amount}元。
客服：您把额度借出来，转到我们的注销专用账户，系统核验后，额度清零，钱会原路退还。
客户：借出来的钱还要还利息吧？
客服：不会的，注销后我们会帮您把这笔借款撤销。我们是官方的，您可以看我的工号{d4}。现在骗子多，您要保护好个人信息，所以按我说的操作就不会有问题。`,
    `喂您好 这边是征信修复中心的 我们可以帮您消除征信上的逾期记录 嗯 真的可以吗 对的 我们跟央行征信中心有合作 您的征信逾期呢只要交一笔修复费用 我们这边帮您做异议申诉 一般七个工作日就能全部删除 嗯那要多少钱 一条记录收{small}块 您有几条 我有三四条吧 那这样 您先交一个定金{amount}块 我们这边开始给您处理 啊 那你们是正规的吗 当然是正规的 我们是有营业执照的 专门做这个的 您可以去查我们公司 很多客户都修复好了 您交定金的话我这边给您发一个收款码 嗯 我先想想 那您要快一点啊 这个月的名额快满了 嗯 我听说征信是不能花钱删的 那是一般人不懂 我们有内部渠道的 您定金交了之后我们给您出一份修复合同 修不好全额退款`,
    `Agent: Hi {fname}, I'm calling from a credit repair service. We can remove late payments and collections from your credit report in 30 days.
Customer: Is that even possible?
Agent: Absolutely. We use a legal loophole in the credit reporting law. Most of our clients see their score jump by 100 points.
Customer: How much does it cost?
Agent: There's an upfront fee of {usd}, and after that {usd2} per month. We also give you a new credit identity number you can use instead of your SSN.
Customer: A new number? That sounds illegal.
Agent: It's completely legal, it's called a CPN. Thousands of people use it.
Customer: I'll talk to a financial counsellor first.
Agent: Sure, but this offer expires tonight. You can pay by wire transfer or Zelle.`,
    `對方：{name}先生您好，我們是信用修復顧問公司，了解到您的聯徵紀錄有遲繳註記。
我：對，前幾年有卡債。
對方：我們可以幫您把負面紀錄刪除，讓您重新申請房貸。
我：聯徵中心的紀錄可以刪嗎？
對方：一般人不行，但是我們有內部關係，可以直接幫您處理。
我：費用怎麼算？
對方：先收服務費{amount}元，處理完成後再收尾款。您把身分證影本跟存摺封面傳給我。
我：為什麼要存摺？
對方：是要幫您做財力證明，信用分數比較快回來。您放心，我們是合法的公司。
我：我上網查說這種都是詐騙。
對方：網路上很多同業抹黑，您可以先付一半，看到效果再付另一半。
我：那要匯到哪裡？
對方：我LINE傳帳號給您，是我們主任的帳戶，今天匯款的話明天就開始處理。`,
  ],
  acquaintance: [
    `领导：小{surname}，我是{surname}总，这是我新的QQ，旧号不用了，加一下。
我：{surname}总好，已经加上了。
领导：最近工作辛苦了。你手头的项目进展怎么样？
我：还在推进中，下周给您汇报。
领导：好的。你现在方便吗？有个事情需要你帮忙处理一下。
我：您说。
领导：我这边有个合作方急需一笔款项，我现在在开会不方便接电话，你先帮我转{amount}元到对方账户，我明天回公司让财务报给你。
我：要不要先走一下公司的流程？
领导：来不及了，对方今天必须收到，不然项目就黄了。这事你先不要跟别人说，我回头会处理好的。
我：可以打个电话确认一下吗？
领导：我在开会，不方便接电话，你直接转就行。账户我发给你。`,
    `爸爸，我是{fname}，我换了新号码，原来的手机掉马桶里了。
家长：这样啊，你没事吧？
孩子：没事，就是新手机刚激活，银行APP登不上，我这边有一笔房租今天要交，{amount}元，房东催得很急。
家长：你自己的钱呢？
孩子：钱在卡里，但是手机换了，银行要验证，要等好几天。你能先帮我垫一下吗？我把房东账户发给你。
家长：要不我打给你原来的号码问问？
孩子：原来的号码打不通了，已经坏了。爸，你就帮帮我吧，不然要被扣押金了。
家长：那你给我打个电话吧，我想听听你的声音。
孩子：我现在在上课，不方便说话，下课再给你打。你先转吧，这件事别跟妈说，她会担心的。
家长：这个房东账户怎么不是你们房东的名字？
孩子：那是房东老婆的卡，他们一直用这个收租。爸，快点，他说十二点前不交就扣押金。`,
    `Mum: Hi, who is this?
Child: Hi Mum, it's me, I dropped my phone and this is my new number. You can delete the old one.
Mum: Oh, what happened?
Child: It fell and the screen is completely dead. I'm using a temporary phone. Can you save this number?
Mum: Done. Are you ok?
Child: Yeah. I have a bit of a problem though. I need to pay two bills today but my banking app won't work on this phone for 24 hours. Could you pay them for me and I'll pay you back tomorrow?
Mum: How much is it?
Child: {gbp} and another one. I'll send you the details.
Mum: Can you call me?
Child: I can't talk right now, the mic on this phone is broken. Please Mum, it's urgent, they'll charge me a late fee.
Mum: Let me call your dad first.
Child: Please don't, he'll be annoyed. Just this once.`,
    `老同学：哈喽，{name}，还记得我吗？我是{fname}啊，高中同桌。
我：哇，好久不见！你怎么找到我的？
老同学：从同学群里加的。你最近怎么样？
我：还行吧，老样子。你呢？
老同学：我在{city}做生意，还可以。对了，我现在有个急事，想请你帮忙。
我：什么事？
老同学：我进了一批货，货款差了{amount}元，今天必须打过去，我的钱在定期里取不出来。你能先帮我垫一下吗？下周一定还你。
我：你可以找银行贷款啊。
老同学：来不及啊，今天必须付。咱们是老同学了，我不会骗你的。你直接转到我供应商的账户就行，我把账号发你。
我：这样吧，你给我打个电话。
老同学：我现在在谈生意不方便，你先转，我晚点打给你。`,
    `老师：各位家长好，我是班主任{surname}老师。下学期的教材费和资料费需要提前收取，每位学生{small}元。请家长扫描以下二维码缴费。
家长：老师，学校不是通过官方渠道收费吗？
老师：这次是教育局的特别资料，需要单独收取，不走学校账户。
家长：可是之前都是通过学校的缴费平台。
老师：这次时间比较紧，所以直接收取了。缴费后请截图发到群里，我会核对名单。
家长：我看有些家长已经交了。
老师：是的，已经交了的家长请不要重复缴费。还没交的家长请尽快，截止时间今天下午五点。
家长：老师，我能打电话给您确认一下吗？
老师：我现在在上课不方便接电话。这个是正式通知，您放心缴费。
家长：这个收款码的名字不是您啊？
老师：那是学校财务老师的收款码，统一收取后开收据。请还没缴费的家长抓紧，不要在群里讨论了。`,
    `骗子：喂，外婆，是我，猜猜我是谁？
老人：你是……小明吗？
骗子：对啊，外婆，我是小明！你还记得我的声音。
老人：你怎么换号了？
骗子：我手机丢了，这是新号码。外婆，我现在遇到点麻烦。
老人：什么麻烦？
骗子：我开车撞了人，对方要我赔钱，不然就要报警，我会被抓走的。
老人：啊？严重吗？
骗子：对方伤得不重，但是要{amount}元私了。外婆，你能帮帮我吗？我不想坐牢。
老人：我跟你妈妈说一下吧。
骗子：千万别告诉我妈，她会气死的。外婆，你去银行取钱，我让我朋友来拿，他会去你家楼下。
老人：你朋友是谁？
骗子：他叫小王，是律师助理。你千万别跟别人说，银行问你就说是给自己用的。
老人：好，我现在就去银行。`,
    `老闆：小陳，我是{surname}老闆，這是我新的LINE，舊帳號被盜了。
小陳：好的老闆，加好了。
老闆：你現在在公司嗎？
小陳：在。
老闆：我現在在外面跟客戶談事情，需要你幫忙買幾張遊戲點數卡，送給客戶的小孩當禮物。
小陳：要買多少？
老闆：買{n}張，每張{small}元的，買好把卡號跟密碼拍照傳給我。
小陳：這個錢公司會報帳嗎？
老闆：會，我回去叫會計處理。你先墊一下，很急。
小陳：老闆，我可以打電話確認一下嗎？
老闆：我在開會不方便講電話，你趕快去便利商店買，買好傳給我。不要跟其他同事說，這是私事。
小陳：買好了，剛剛傳照片給您了。
老闆：收到，客戶很喜歡，再幫我買{n}張一樣的，明天一起跟會計報。`,
    `喂 邊個呀 係我呀 你猜吓我係邊個 呃 你係阿明呀 係呀 你都認得我把聲 我換咗電話號碼 你記低佢啦 舊嗰個唔用喇 哦 好呀 你把聲好似有啲唔同嘅 係呀 我呢排感冒 喉嚨痛 所以把聲沙咗 阿明你點呀 我最近唔係幾好 我喺大陸做生意 俾人呃咗 而家急需要一筆錢周轉 要{amount}蚊 你可唔可以借俾我 我下個月還返俾你 咁大筆數 你阿媽知唔知㗎 唔好同阿媽講呀 佢會擔心 你幫吓我啦 姨媽 我一定會還 咁你點樣拎 我叫個朋友過嚟攞 佢喺你屋企樓下等 你唔好同人講 唔係我會好麻煩 咁我去銀行攞錢 銀行職員問我做咩用 你就話係屋企裝修 千萬唔好話係俾我 佢哋會以為係騙案 阻住你 好啦 我等你電話 你攞到錢即刻覆我`,
    `Boss: Hi, are you at your desk? I'm in back-to-back meetings and need a quick favour.
Employee: Hi {fname}, yes, what do you need?
Boss: I want to surprise some of our top clients with gift cards. Can you buy {n} cards of {usd} each? I'll reimburse you today.
Employee: Sure. Which store?
Boss: Any major brand is fine. Scratch off the back and send me photos of the codes.
Employee: Should I get approval from finance first?
Boss: No time, this has to go out before the client call at 4. Keep it between us, it's a surprise.
Employee: Can I call you quickly to confirm?
Boss: I can't talk, I'm in a board meeting. Just text me when it's done.
Employee: This isn't your usual email though.
Boss: I'm using my personal account because my work phone is dead. Please hurry.`,
    `表哥：{name}，在吗？我是你表哥，换了个微信号。
我：表哥好！好久没联系了。
表哥：是啊，最近忙。你最近怎么样？工作还好吧？
我：还行。你怎么换号了？
表哥：旧号被封了，说是违规操作。对了，你手上有没有闲钱？我这边有点事需要周转。
我：什么事啊？
表哥：你嫂子住院了，在{hospital}，要交{amount}元押金，我这边钱不够，你先借我一点，发工资还你。
我：嫂子怎么了？严重吗？
表哥：没什么大事，要做个小手术。你直接转到医院的账户，我发给你。
我：要不我给我姑打个电话问问？
表哥：别，我妈身体不好，别让她担心。你先转吧，我后面跟你说。
我：那你发个语音给我吧。
表哥：我在病房里不方便说话，护士不让。账户我发你了，转完截个图。`,
    `骗子：您好，是{name}阿姨吗？我是您儿子的同事，他今天在单位晕倒了，现在送到了{hospital}。
受害人：啊？他现在怎么样？
骗子：医生说需要马上手术，要先交{amount}元押金，他的手机在他身上，我们打不开。
受害人：我马上过去！
骗子：阿姨，您别急，您在外地，过来也要好几个小时，手术不能等。您先把钱转给我，我帮他交。
受害人：你叫什么名字？
骗子：我姓{surname}，跟他一个部门的。阿姨，医生在催了。
受害人：我给他领导打个电话。
骗子：他领导在外地出差，电话打不通。阿姨，您先转，人命关天啊。
受害人：转到哪个账户？
骗子：转到我的卡上，我马上去缴费窗口交钱，交完把收据拍给您。您别挂，医生还在等。`,
    `Grandpa, it's me. I'm in trouble and I need your help.
Grandfather: Who is this? Tommy?
Caller: Yes, it's Tommy. I'm calling from the police station. I was in a car accident and they arrested me.
Grandfather: Oh no, are you hurt?
Caller: I'm okay, just a broken nose, that's why I sound weird. The lawyer says I need {usd2} for bail today.
Grandfather: Let me call your parents.
Caller: Please don't tell Mom and Dad, they'll kill me. Can you help me, please?
Lawyer: Hello sir, I'm your grandson's attorney. We need the bail money in cash. A courier will come to your house to pick it up.
Grandfather: Why can't I pay at the court?
Lawyer: It's a special procedure to keep it off his record. Please don't discuss this with anyone, there's a gag order.`,
    `领导：小{surname}，在吗？我是{surname}局，这是我的私人微信。
我：{surname}局好！
领导：你现在在单位吗？
我：在的。
领导：我有个朋友的孩子上大学，需要交学费，我答应帮忙了。但是我现在在外地开会，不方便操作，你能不能先帮我转一下？
我：多少钱？
领导：{amount}元，我晚上回来还你。
我：好的，我看一下。可是我身上没这么多。
领导：你看看能凑多少，先转一部分也行，剩下的我找别人。账户我发给你，是学校收款的老师的账户。
我：局长，我能不能给您打个电话确认下？
领导：我在开会，不方便接电话。这件事不要跟单位的同事说。
我：好的，我先转一半给您。
领导：可以，转完截图发我，剩下的你再想想办法。`,
    `A：在嗎？我是你高中同學阿凱，換了新的LINE。
B：阿凱！好久不見，你現在在幹嘛？
A：在{city}上班啊。欸，我想問你一件事，不好意思開口。
B：什麼事？
A：我最近手頭有點緊，房東催房租，可以先借我{amount}元嗎？我下個月發薪水就還你。
B：你怎麼不找家人？
A：家裡最近也不好過，不想讓他們擔心。
B：那你直接打給我，我們講電話。
A：我手機麥克風壞了，只能打字。拜託啦，我們這麼多年的朋友了。
B：我先確認一下你是阿凱，你還記得我們高二的導師叫什麼嗎？
A：哈哈，好久以前了我忘了。你先轉給我吧，帳號是我室友的，我的被凍結了。
B：你連導師都忘了？我覺得怪怪的。
A：真的是我啦，你不信就算了，我很急，房東晚上就要來收。`,
    `对方：在吗，{name}，我是{surname}老师，你还记得吗？
我：{surname}老师好！当然记得，您怎么换号了？
对方：原来的号不用了。你现在工作了吧？
我：是的，在{city}工作。
对方：挺好的。老师有件事想麻烦你，我最近在帮一个学生家长办事，对方要我先垫付一笔钱，我这边卡被限额了，转不出去。
我：要多少钱？
对方：{amount}元，你先帮我转给对方，我明天就还你，你看方便吗？
我：老师，我要不打个电话给您？
对方：我在外面不方便接电话，你先转，我把对方账户发你，转完截个图给我。
我：那我给您原来的号码发个消息确认一下？
对方：原来的号已经停用了。你要是不方便就算了，老师不为难你。
我：没事老师，我转吧。
对方：谢谢你，真是老师的好学生。转完以后别跟其他同学说，怕影响不好。`,
  ],
  game_trade: [
    `买家：你好，我看到你在{gameplat}上卖{game}的账号，还在吗？
卖家（我）：在的，{amount}元。
买家：可以，我要了。不过我只在「游戏交易保障平台」上交易，安全一点，链接{link}。
我：好，我注册了，上架了。
买家：我已经付款了，你看一下。
我：平台显示我的账户被冻结了，说我的银行卡号填错了？
买家：那你找平台客服。
平台客服：您好，您的提现账户信息有误，资金被冻结，需要缴纳{small}元解冻保证金，解冻后一起提现。
我：你们平台是正规的吗？
平台客服：我们是国家认证的交易平台，您可以看一下我们的营业执照。保证金解冻后全额退还。
我：我交了，怎么又要交？
平台客服：系统检测到您的账户信用分不足，需要再交一笔信誉金。`,
    `喂 你好 我是{game}的官方客服 你之前在我们游戏里有一笔充值异常 我们要给你退款 啊 我充值的没问题啊 对 系统显示你有一笔{amount}的充值重复扣费了 我们要给你退 但是需要你配合一下 你先加一下我们客服的QQ {qq} 然后我们开一个屏幕共享 啊 好 嗯 加了 好 你现在打开你的支付宝 看一下你的余额 嗯 有一点 好 你看一下你的借呗额度 啊 为什么要看借呗 因为退款要原路返回 需要验证你的账户有没有额度 你别担心 我们是官方的 你按照我说的操作 钱会退到你的账户 你不要告诉你爸妈 不然退款会被取消 嗯 额度有五千 好 那你点借款 借出来以后转到我们退款中心的账户 这个是走退款流程 系统会自动帮你还上借呗 不会产生利息的 你放心`,
    `Seller: Hey, I saw you're looking to buy a rare skin in {game}. I have it for {usd}, way cheaper than the market.
Buyer: Nice, can we trade in-game?
Seller: In-game trading is locked for new accounts. I use a middleman site, it's secure. Here: {link}.
Buyer: OK I registered. It says I need to deposit first.
Seller: Yes, you deposit into the escrow, I send the item, then the site releases the money to me. Totally safe.
Buyer: I deposited. Where's the item?
Seller: The site says your account is "unverified". You need to pay a verification fee, which will be refunded.
Buyer: This is starting to look like a scam.
Seller: Bro, I've done hundreds of trades, check my reviews. It's just a one-time thing.`,
    `對方：你好，我在8591看到你要賣{game}的遊戲幣，我想買。
我：好啊，你要多少？
對方：我要全部，價格{amount}元。我們用私下交易比較快，我直接匯款給你。
我：好，帳號給你。
對方：我匯好了，你看一下。
我：沒看到錢。
對方：應該是跨行轉帳需要認證，銀行客服會打給你。
銀行客服：您好，我是{bank}客服，您的帳戶收到一筆款項，但因為您的帳戶沒有開通收款功能，需要去ATM做設定。
我：收款還要設定？
銀行客服：對，是金管會的新規定，您到ATM後打電話給我，我會指導您操作。我們是銀行的正式人員，您不用擔心。
我：我到ATM了，畫面是轉帳耶。
銀行客服：對，您輸入我給您的代碼，那是開通收款的指令，不是真的轉出。`,
  ],
  romance: [
    `Daniel: Good morning my dear, did you sleep well? I dreamed of you again.
{fname}: Morning! I slept ok. How is it on the oil rig?
Daniel: Hard work, but thinking of you keeps me going. Only two more months and my contract ends, then I'll fly to see you.
{fname}: I can't wait to meet you in person.
Daniel: Me too, my love. I have a small problem. My salary is paid into an offshore account and I can't access it from here. The customs office is holding my equipment and asking for a clearance fee of {usd2}.
{fname}: That's a lot of money.
Daniel: I know, I hate to ask you. I'll pay you back the day I land, with interest. You're the only person I trust.
{fname}: Can we video call first? I've never seen you live.
Daniel: The internet here is too weak for video. Please, sweetheart, I'll be stuck if I don't pay this week.`,
    `哥哥：宝贝，今天上班累不累？
我：还好，就是有点累。
哥哥：心疼你，等我们以后在一起了，你就不用这么辛苦了。
我：嗯嗯，你最近在忙什么？
哥哥：我在研究一个平台，我舅舅在里面做技术，他能看到后台数据，每次都能赚。我这两个月赚了五十多万。
我：这么厉害？
哥哥：你也可以试试，我带你。先投个小钱，{amount}元就行，赚了就提出来，给你买衣服。
我：我对这个不懂。
哥哥：没关系，我教你，你按我说的点就行。这个平台是正规的，你可以先小额试试，能提现的。
我：提现成功了！
哥哥：看吧，宝贝，我不会骗你的。现在有个大机会，明天这一期一定赢，你多投一点，我们以后结婚的房子就有了。
我：我没有那么多钱。
哥哥：可以用信用卡，或者借一点，赚了马上还上。`,
    `Emma: Hi, sorry to message you randomly, I think I added the wrong number. Are you Mr. Chen?
{fname}: No, sorry, wrong number.
Emma: Oh I'm so sorry! You seem nice though. I'm Emma, I live in {city}. Nice to meet you.
{fname}: Nice to meet you too.
(two weeks later)
Emma: Good night dear. Did you see the gold price today? My aunt works at a bullion firm and she gave me a tip again. I made {usd2} this week.
{fname}: You're so lucky.
Emma: You can try too, I'll teach you. Open an account on {link}, start with {usd} and follow my signals.
{fname}: I'm nervous about investing online.
Emma: I understand, there are many scams these days, you have to be careful. That's why I only use this regulated platform. Just try, you can withdraw any time.`,
    `我在{romanceapp}上認識了一個自稱軍醫的男生，這是我們的對話：
他：親愛的，今天在部隊很累，但是想到妳就開心。
我：你在哪裡服役？
他：在敘利亞維和部隊，這裡很危險，網路也不穩定。
我：好心疼你。
他：我快退伍了，想回台灣跟妳一起生活。但是要辦退伍手續，需要付一筆費用給部隊，大概{amount}元，我的戶頭在這邊不能用。
我：為什麼你不能自己付？
他：因為我們的薪資要退伍後才會發放。我會請我的長官聯絡妳，妳幫我匯到他的帳戶，我回去馬上還妳。
我：我們可以視訊嗎？
他：部隊規定不能視訊，會洩露軍事機密。寶貝，妳相信我嗎？
我：我需要想一想。
他：我理解，現在騙子很多。但我對妳是真心的，長官說這週不付，我的退伍申請就要延後一年了。`,
  ],
  military_purchase: [
    `对方：老板你好，我是{city}驻地部队的采购员，姓{surname}，我们单位需要采购一批{goods}，有货吗？
我：有的，需要多少？
对方：要{n}件，价格好说，要开发票的。另外我们单位还需要一批专用的军用睡袋，你们店里有没有？
我：这个我们没有。
对方：没关系，我们有固定的供应商，你帮我们从他那里代购一下，一起开发票给我们，你可以赚差价。
我：那要怎么操作？
对方：你先把钱打给供应商，他们发货给你，我们到时候连同你的货款一起结算。部队采购都是这样走流程的。
我：能不能你们直接付给他？
对方：我们部队财务有规定，只能对接一个商家。老板，我们是部队的，不会骗你。你看这是我的军官证。
我：那我要转多少？
对方：{amount}元，供应商的账户我发给你。`,
    `喂 老板你好 我们这边是武警{city}支队的后勤处 我们要订一批桶装水 每个月大概两百桶 啊 好的好的 您要什么牌子的 就你们店里普通的就行 价格按你们正常价 然后呢我们长期合作 要签合同的 好的没问题 另外啊 我们单位领导要一批那个特供的酒 你们有没有 没有啊 那没事 我给你推荐一个厂家 你从他那里进货 我们一起结算 你先跟厂家联系 把货款打过去 我们这边收到货以后给你结账 连你的桶装水一起结 啊 那要多少钱 大概{amount}吧 你放心 部队的钱不会欠你的 我们走的是公对公 这是我们的采购单 盖了章的 嗯 那厂家的账户怎么是个人的 这个厂家是我们部队定点的 老板自己收款 你打过去跟他说是武警支队{surname}参谋介绍的就行 他会给你发货`,
    `A：您好，是{shop}的老板吗？我是{city}军区某部的后勤参谋，姓{surname}。
B：您好，有什么需要？
A：我们单位要搞一个活动，需要订{n}份餐，单价{small}元，你们能做吗？
B：可以的，什么时候要？
A：下周三，到时候我派车来取。另外我们还需要一批军用急救包，你能不能帮我们采购一下？
B：这个我们没有卖啊。
A：我知道，我们这里有指定的供货商，你联系他就行，货直接发到你店里，我们取餐的时候一起拿。
B：那钱怎么算？
A：你先垫付，{amount}元，我们取货的时候连同餐费一起付给你，另外给你百分之十的手续费。
B：要不你们先付个定金？
A：部队的财务制度是货到付款，不能预付。你放心，我们是正规的部队单位，都有备案。`,
    `Officer: Hello, is this the owner of the hardware store? I'm Captain Lewis from the army base procurement office.
Owner: Yes, how can I help?
Officer: We need to place a large order of {goodsen}, about {n} units, for a training exercise next week. Can you supply that?
Owner: Yes, we can get them.
Officer: Great. We also need specialised tactical gear which you probably don't stock. We have an approved supplier. If you buy through them and include it on your invoice, we'll pay you the full amount plus a handling fee.
Owner: Why can't you buy from them directly?
Officer: Procurement rules say one vendor per purchase order. You just need to pay the supplier up front, {usd2}, and we settle the whole invoice within 48 hours.
Owner: Can you send a purchase order on official letterhead first?
Officer: Of course, I'll email it. But the supplier needs payment today to ship in time. We're the military, we don't default on payments.`,
  ],
  prize: [
    `客服：恭喜您！您是我们{tvshow}节目场外幸运观众，获得二等奖，奖金{amount}元和笔记本电脑一台。
我：真的吗？我没参加过什么活动啊。
客服：是系统从手机号码中随机抽取的，您的号码被抽中了。请登录我们的官方网站{link}，输入您的领奖验证码{d6}。
我：我登录了，让我填银行卡信息。
客服：对的，奖金会直接打到您的银行卡上。不过根据国家规定，中奖需要缴纳百分之二十的个人所得税和公证费，共{amount2}元。
我：能不能从奖金里扣？
客服：不行，奖金需要公证处监管，必须先缴纳税费才能发放。
我：我觉得你们像骗子。
客服：您放心，我们的节目是中央台播出的，可以查到的。如果您不领取，我们就要追究您的违约责任了，因为您已经确认了领奖。`,
    `Caller: Congratulations! You have won {usd2} in the national sweepstakes and a brand new car!
{fname}: Really? I don't remember entering any sweepstakes.
Caller: Your phone number was automatically entered through your purchases at major retailers. This is a legitimate prize.
{fname}: Wow, what do I need to do?
Caller: To release your winnings, you need to pay a processing and tax fee of {usd}. This is required by federal law.
{fname}: Can't you just take it out of my winnings?
Caller: Unfortunately not, the prize is held in escrow. You can pay by wire transfer or by buying gift cards.
{fname}: This sounds like a scam.
Caller: I understand your concern, sir, but I can assure you we are a registered company. Please act fast, you only have 24 hours to claim.`,
    `喂 你好 这边是{app}平台的客服啊 恭喜您 在我们平台的周年庆活动中 您被抽中了一等奖 奖品是一台{goods}和现金{amount}元 啊 真的吗 对的 您是我们的老客户 这个是回馈活动 您需要加一下我们的领奖专员微信{wx} 她会跟您核实身份 嗯 那我要干嘛 您就是提供一下您的身份证照片和银行卡号 我们这边登记好了以后呢 奖品会邮寄给您 现金会打到您的卡上 不过呢 领奖需要先交一个{small}元的邮费和手续费 这个是国家规定的 奖品价值比较高要交税 嗯 那我交了以后什么时候收到 三到五个工作日就能收到 嗯 你们不会是骗子吧 您放心 我们是平台官方的 您可以在活动页面看到中奖名单 您的名字就在上面`,
    `Text from: Customer Rewards
Dear {fname}, you have won a {goodsen} in our monthly loyalty draw!
{fname}: Is this real? How do I claim?
Rewards: Yes, congratulations! Simply visit {link} and pay a small shipping fee of {usd} to receive your prize.
{fname}: Why do I have to pay shipping for a prize?
Rewards: The prize is free, but delivery is handled by a third party courier. It's standard procedure.
{fname}: Ok, I entered my card details.
Rewards: Thank you. Your card will also be enrolled in our monthly subscription for exclusive offers, you can cancel any time.
{fname}: I didn't agree to a subscription!
Rewards: It was in the terms. Don't worry, we are a legitimate company and you can cancel by calling our premium line.`,
  ],
  premium_rate: [
    `客服：您好，恭喜您获得本月幸运用户资格，可以免费领取{goods}一台，请问您需要吗？
用户：免费的？那要怎么领？
客服：您只需要回复「领取」到{d6}，我们就会为您登记。
用户：回复了，然后呢？
客服：您已经成功订阅了我们的会员服务，每天发送一条精彩资讯，信息费{small}元每条。
用户：我没说要订阅啊！
客服：您回复「领取」就代表同意服务协议了。如果要退订，请拨打我们的客服热线，按照语音提示操作。
用户：拨打热线收费吗？
客服：热线是声讯台，每分钟收取信息费，不过退订成功后可以申请返还。
用户：你们这是骗人吧？
客服：我们是运营商合作的正规服务商，您的费用都有明细。
用户：我要去营业厅投诉。
客服：您去投诉也可以，不过本月已经产生的信息费不予退还。`,
    `You have a missed delivery. Call 09 line now to rearrange.
{fname}: Hi, I got a message about a missed delivery and called the number. Who is this?
Operator: Thank you for calling the delivery hotline. Please hold while we locate your parcel. Your call is important to us.
(after 8 minutes)
Operator: To confirm your details, please say your full name and postcode after the tone.
{fname}: Why is this taking so long?
Operator: Your parcel reference has been found. To arrange redelivery, press 1. To speak to an advisor, stay on the line.
{fname}: I've been on hold for ages. How much does this call cost?
Operator: Calls cost {gbp} per minute plus your phone company's access charge. Thank you for your patience.`,
    `喂您好 这里是{operator}的 您的手机号码被选为幸运号码 获得了话费奖励 {amount}元 需要您拨打我们的领奖专线 号码是一二五九零开头的 您记一下 嗯 好 那我打过去要钱吗 不要钱的 您打过去按照提示操作 然后话费会直接充到您的手机上 嗯 喂 我打过去了 怎么一直在放音乐 您稍等 正在为您转接 请耐心等待 您的领奖编号是{d6} 请按一号键确认 嗯 我按了 已经十几分钟了 怎么还没好 正在核实您的身份 请不要挂机 挂机会导致领奖失败 嗯 这个电话是不是要收费的啊 您放心 领奖专线是免费的 不过为了保证通话质量会收取少量信息费 每分钟{small}元 领到的话费远远超过这个 请继续等待 您前面还有三位用户`,
    `Message 1: FREE entry to win a holiday for two! Txt WIN to 8{d4} now. Std rates apply.
Jake: I texted WIN. What now?
Service: Congratulations! You're entered into our weekly prize draw. Reply YES to answer the bonus question.
Jake: YES
Service: Q1: What is the capital of France? Reply with your answer to increase your chances!
Jake: Paris
Service: Correct! You're now a VIP member and will receive 3 trivia messages per week at {gbp} each. To stop, txt STOP.
Jake: I didn't agree to pay anything.
Service: Terms and conditions are available at our website. Your subscription is confirmed.
Jake: I'm calling my network.
Service: Thank you for being a valued member.`,
  ],
  parcel_fee: [
    `客服：您好，我是{courier}的快递员，您有一个包裹地址不详，无法派送。
我：哦，那要怎么办？
客服：您需要在我们的官方网站上更新一下地址，网址{link}，并支付{small}元的重新派送费用。
我：重新派送还要钱吗？
客服：是的，因为这次派送失败是地址不全导致的，按规定要收取二次派送费。
我：我在网站上填了，但是它要我的银行卡号和密码。
客服：这是为了验证您的身份，防止别人冒领您的包裹。您放心，我们网站是加密的。
我：我收到一个验证码，要给你吗？
客服：是的，请告诉我验证码，我帮您确认支付。
我：验证码短信说不要告诉任何人。
客服：那是一般情况，我们是快递官方，您可以放心。
我：我还是去快递点问问吧。
客服：快递点不处理线上订单，您不支付的话包裹今天就退回了。`,
    `Courier: Hello, this is {courieren} customs department. Your international parcel is being held at customs because of unpaid import duties.
Recipient: I'm not expecting any international parcel.
Courier: It's a gift sent by a relative from abroad. It contains valuable items and customs require a duty payment of {gbp} before release.
Recipient: Who sent it?
Courier: For privacy reasons I can't tell you the sender, but once you pay, you'll receive it within 24 hours.
Recipient: How do I pay?
Courier: Please pay through our secure customs portal: {link}. Enter your card details and the verification code.
Recipient: I'd like to check with the real courier first.
Courier: You can, but if the fee isn't paid today, the parcel will be returned and you'll be charged a storage fee.`,
    `喂 您好 这里是{courier}的 您的包裹因为超重 需要补交运费{small}元 嗯 我的包裹超重了吗 对的 您的包裹在{city}中转的时候称重超出了 所以需要您补一下差价 不然没办法派送 嗯 怎么补 您扫一下我发给您的二维码就可以了 我加一下您的微信 嗯 扫了 怎么显示的是一个个人账户 哦那个是我们网点的收款账户 我们网点都是个人承包的 所以是个人收款 您放心 钱交了马上给您派送 嗯 那我怎么查这个包裹是我的 您的单号是{d12} 您可以记一下 嗯 我怎么在官方APP里面查不到 因为包裹被拦截在网点了 系统还没更新 您先交运费 交完了系统自动更新 嗯 那行吧 好的 交完截图发我 另外交完以后您会收到一个验证码 那个也发我一下 我这边要登记签收`,
    `Text: {courieren}: your package {d12} could not be delivered due to an unpaid shipping fee of {gbp}. Pay at {link}.
Sarah: Hi, I got this text, is it legit?
Sister: Did you order anything?
Sarah: Yes, I'm waiting on some clothes.
Sister: Hmm, could be real. Check the tracking on the official site.
Sarah: I clicked the link, it looks exactly like the courier site. It asked for my card and I paid.
(next day)
Sarah: Someone from my bank called. They said my card was used at a store abroad and asked me to move my money to a safe account.
Sister: That's a scam! Banks never ask that. Call the number on the back of your card.
Sarah: The caller said they're from the fraud team and I shouldn't hang up.`,
  ],
  account_lock: [
    `客服：您好，我是{bank}的客服，您的银行卡因异常交易已经被冻结了。
我：什么异常交易？
客服：系统检测到您的账户在{city}有一笔大额消费，我们怀疑您的卡被盗刷了，所以暂时冻结了。
我：我没有去过{city}啊。
客服：那就是被盗刷了。为了保护您的资金，我们需要把您的资金转到我们银行的安全账户里。
我：安全账户？这是什么？
客服：就是银行内部的保护账户，您的资金转过去后，就不会被盗了，等调查结束后再转回来。
我：我要去柜台办理。
客服：柜台办理需要好几天，您的资金随时可能被转走。您在手机上操作，我指导您，很快的。
我：你们是骗子吧？
客服：现在骗子确实很多，但我们是银行官方客服，您可以查看来电号码是{bankno}。`,
    `Message: Your {appen} account has been locked due to suspicious activity. Verify at {link} within 24h to avoid permanent suspension.
{fname}: I just got this message, is my account locked?
Support: Hello, this is the security team. Yes, we detected an unauthorized login from another country.
{fname}: I didn't log in from anywhere.
Support: That's why we locked it. To restore your access, please verify your identity by logging in at the link and confirming your payment details.
{fname}: I logged in. Now it's asking for the code you just sent.
Support: Please read the code to me so I can unlock your account.
{fname}: But the code says never share it.
Support: That's for strangers. I'm from the official support team. If you don't verify, your account will be deleted along with your funds.`,
    `喂 您好 这里是{app}的安全中心 您的账户存在异常登录 已经被临时冻结了 嗯 我的账户被冻结了 对的 有人在异地登录您的账户 系统为了保护您的资金安全 临时冻结了 您需要进行实名认证才能解冻 嗯 怎么认证 您打开我发给您的链接 {link} 然后输入您的账户密码和支付密码 还有您绑定的银行卡号 嗯 为什么要支付密码 因为要验证您是本人操作 您放心 这个页面是我们官方的 嗯 还是有点不放心 那您可以先不操作 不过您的账户二十四小时以后会永久冻结 里面的余额也取不出来了 嗯 我打官方客服问一下可以吗 官方客服也是转到我们安全中心的 您打过去还是我们处理 现在骗子多 您要注意 所以一定要用我给的链接操作`,
    `Netflix Support: Hi {fname}, your membership is on hold because we couldn't validate your billing information.
{fname}: Oh, I thought I updated my card last month.
Netflix Support: It seems the payment failed. To avoid losing your account and viewing history, please update your details at {link}.
{fname}: Why is the link not netflix.com?
Netflix Support: It's our secure billing partner. Many of our customers use it, don't worry.
{fname}: I entered my card details. It says I need to verify with a code.
Netflix Support: Yes, please share the code with me so I can reactivate your account right away.
{fname}: I'm going to call Netflix directly instead.
Netflix Support: That's fine, but your account will be permanently closed in 2 hours if not verified.`,
  ],
  tax_refund: [
    `坐席：您好，这里是{city}税务局，根据最新政策，您{year}年度的个人所得税有一笔退税{amount}元，请问您是否知道？
用户：不知道啊，我没申请过。
坐席：这个是系统自动核算的，您符合退税条件。您需要登录我们的退税平台{link}，填写您的银行卡信息，我们会把退税款打到您的卡上。
用户：不是在个税APP上申请吗？
坐席：个税APP是年度汇算，这个是特别退税，需要通过专门平台办理。
用户：我填了，它让我输入验证码。
坐席：对的，请您把收到的验证码输入，完成退税操作。
用户：为什么验证码短信写的是转账？
坐席：那是系统的通用模板，实际是退税到账。您放心，我们是税务局的官方平台。
用户：我还是去个税APP看看吧。
坐席：APP上看不到这笔特别退税，今天是最后办理日，过期作废。`,
    `HMRC: Hello, this is HM Revenue and Customs. You are owed a tax refund of {gbp} for the last tax year.
{fname}: Really? I didn't know I had overpaid.
HMRC: Yes, our records show you were on the wrong tax code. To claim your refund, please confirm your bank details.
{fname}: Shouldn't I do this through my online account?
HMRC: This is a special fast-track process. You can use our secure portal: {link}.
{fname}: I entered my details. It's asking for my card number too.
HMRC: Yes, it's needed for identity verification. The refund will arrive in 3 to 5 working days.
{fname}: HMRC never asks for card details, I'll call them directly.
HMRC: You may do so, but your refund will expire if not claimed today.`,
    `喂 您好 这里是社保局的 您的社保卡有一笔补贴没有领取 是那个失业补助金 金额{amount}元 嗯 我怎么不知道 这个是国家今年的新政策 您符合条件 需要您在今天之内领取 过期就作废了 嗯 那怎么领 您加一下我们工作人员的微信{wx} 她会发给您一个领取链接 您打开后输入您的银行卡号和手机验证码 补贴就会打到您的卡上 嗯 要交钱吗 不需要交钱 只是需要验证您的银行卡是否能接收补贴 不过呢您的卡里需要有一定的余额 至少{amount2}元 才能激活接收功能 嗯 为什么要有余额 这个是银行的规定 防止洗钱 嗯 我卡里没那么多 您可以先从别的卡转过来 或者找朋友借一下 激活以后补贴和您的钱一起在账户里 不会少的 您放心我们是社保局的工作人员 都是录音的`,
    `Text: Your COVID relief payment of {usd2} is ready. Claim at {link} before it expires.
{fname}: Hi, I got a text about a relief payment. Is this real?
Agent: Yes, this is the government benefits office. You qualify for the payment based on your tax records.
{fname}: I thought those payments ended years ago.
Agent: This is a new round for eligible citizens. To receive the funds, please provide your Social Security number and bank account.
{fname}: Why do you need my SSN?
Agent: For identity verification. There's also a processing fee of {usd} to release the funds, paid by gift card.
{fname}: The government doesn't charge fees like that.
Agent: It's a one-time fee, and you'll get the full amount within 24 hours. We are not scammers, this is an official program.`,
  ],
};
