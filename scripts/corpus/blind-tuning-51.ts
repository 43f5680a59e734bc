/**
 * Blind tuning set #51 (scam only; 8 templates per typology: a fair sample, common and unusual scripts, about a quarter
 * English; session 14). Measured once on arrival (tree 61be22c), 3 renderings per template: every typology 100 % (the
 * rules alone 75–100 %).
 *
 * Blind tuning set 51 — SCAM templates only (8 per typology).
 *
 * Written BLIND to the classifier: the author saw neither its code, rules, word lists
 * nor any earlier test data, and ran nothing against it while writing.
 *
 * Aim: a fair sample of what people really receive — mostly the common scripts, some
 * unusual ones — as SMS, chat messages and call transcripts (some labelled with
 * speakers, some not). Mostly simplified Chinese, some Taiwan (繁體, 165 wording) and
 * Hong Kong (粵語/港式) phrasing, roughly a quarter English (UK, US, SG, AU, IN
 * spellings and brands). Register, length and structure vary on purpose: terse
 * one-liners, formal notices, chatty multi-turn transcripts, pressure scripts.
 *
 * All texts are original paraphrases written from public DESCRIPTIONS of scam scripts
 * (never copied messages or data sets): 公安部刑侦局 / 国家反诈中心 typology warnings
 * and case write-ups, 中国人民银行 and 银保监 consumer alerts, Taiwan 165 反詐騙諮詢專線
 * bulletins, Hong Kong Police ADCC / 守網者 scam notes, UK Action Fraud and NCSC
 * phishing guidance, US FTC consumer alerts, Singapore Police ScamAlert, Australia
 * ACCC Scamwatch, and India's CERT-In / RBI "be aware" material.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_51_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}，您在{lenderapp}的借款已逾期{days}天，欠款{amount}元。法务部已将您的案件移交{city}当地调解中心，今日18点前未处理将[启动上门核实|联系您的紧急联系人及单位]。请立即还款至指定对公账户，详询{phone}。",
    "{name}你好，这边是{loanapp}贷后部门。你名下欠款{amount}元一直拖着不还，我们已经整理好材料准备起诉，到时候法院传票直接寄到你老家，你父母和通讯录里的人都会收到通知。今天内还到我们同事尾号{d4}的个人账户可以免除违约金，别逼我们走流程。",
    "温馨提示：您的逾期记录将于{date}24时上报征信系统，届时将影响您本人及子女[贷款|坐高铁|考公]。现为您开通一次性减免通道，仅需还款{amount2}元即可结清，扫码或点击{link}办理，逾期不候。",
    "催收员：喂，是{name}吗？你在{lenderapp}那笔钱还不还了？\n本人：我记得已经还清了啊。\n催收员：系统显示还有{amount}元没入账，你那是还到旧账户了。现在专门给你开了个还款账户，我发你微信{wx}，你今天转过去，不然明天外访组就去你单位。",
    "{surname}先生/女士，您好。您的亲属{name}在我司的借款严重逾期且失联，您被列为紧急联系人。请转告其在{hours}小时内联系处理，或由您代为还款，否则我司将采取[上门催收|法律诉讼]，由此产生的一切后果自负。联系电话{phone}。",
    "Final Notice: Your outstanding balance of {usd} with {lender} is 90 days past due. This account has been referred to our recovery team. To avoid a County Court Judgment and a home visit by enforcement agents, settle today via {link} or call {phone}. Ref {case}.",
    "URGENT - {fname}, our records show an unpaid loan of {gbp} under your name. We will contact your employer and listed references tomorrow unless a settlement is made. Pay the reduced amount at {link} before 6pm. Do not ignore this message.",
    "【{lender}】尊敬嘅客戶，閣下於本公司之貸款已逾期未還，本公司將於{days}日內委派同事上門收數並通知閣下僱主。請即致電{phone}安排還款，或掃描附上QR code轉數快入數至指定戶口。",
  ],
  task_rebate: [
    "【{shop}官方】招聘兼职点赞员，一部手机在家就能做，关注抖音账号截图即可，一单{small}元，日结{amount}元以上，宝妈学生均可。有意者加{wx}，备注“兼职”。",
    "Hi, I'm {fname} from a recruitment agency. We have a part-time remote job: just rate hotels and products online, 20-30 minutes a day, earn {usd}-{usd2} daily. No experience needed. Interested? Please add me on WhatsApp {phone}.",
    "接待员：你好，欢迎加入{app}任务群，第一单是福利单，点赞三个视频返你{small}元。\n接待员：福利单已返，下面是垫付单，先充值{amount}元下单，完成后返本金加30%佣金。\n接待员：这是三连单，必须做完才能提现，中途停止系统会冻结你的账户。",
    "亲，你上次的刷单任务卡单了，系统显示操作失误，需要再充值{amount2}元做一笔“修复单”才能把之前的{amount}元本金和佣金一起提出来，导师说这是最后一单，今天不做就清零了。",
    "尊敬的用户，您已被选中参与{shop}店铺好评体验活动，下单后全额退款并额外奖励{pct}%返利，每日名额有限，点击{link}登记，客服{qq}。",
    "Job Offer: Dear candidate, your profile matches our Amazon seller-boost project. Complete 40 simple tasks per set and get commission up to {usd}. A small top-up is needed to unlock premium tasks, fully refunded. Contact our HR on Telegram {tg}.",
    "兼職急聘！在家用手機幫商家做數據，每單佣金{small}元，即做即結，無需經驗。請加LINE：{wx} 了解詳情，名額有限。",
    "{name}，恭喜你通过了任务考核，可以升级为VIP接单员了，VIP单佣金翻倍。升级需要做满5单连单，共充值{amount}元，做完一次性返还{amount2}元。群里好几个姐妹今天都提了，截图你看看。",
  ],
  investment: [
    "【{company}】尊敬的投资者，本周内部消息：主力资金已提前布局某科技股，预计三个交易日涨幅{pct}%以上。免费加入老师的VIP直播群，名额仅剩5个，加{wx}领取代码。",
    "{name}你好，我是{company}的助理小王。我们张老师在带一批学员做港股打新，中签率百分百，上月学员人均收益{pct}%。老师的课程完全免费，先进群听两天课，觉得好再跟。",
    "你的账户盈利已达{amount}元，申请提现需先缴纳{pct}%个人所得税及平台风险保证金共{amount2}元，缴纳后资金2小时内到账。请联系在线客服获取专用收款账户，逾期未缴将冻结账户。",
    "Hi {fname}, sorry to message you out of the blue — I got your number from a crypto trading group. My uncle works at a big exchange and shares signals for a USDT contract platform, I've made {usd} this month. Happy to show you how, download the app here: {link}",
    "导师：今天这一波是机构拉升单，只做一次，至少要入金{amount}元才能跟上。\n学员：我只有一半。\n导师：可以先找家人借一下，或者用信用卡，收益出来三天就能还上，错过了又要等一个月。",
    "ASX insider alert: a mining stock is about to be acquired, expect +{pct}% within a week. Our analyst team is giving free picks to the first 50 members of our private WhatsApp group. Join now: {link}",
    "親愛的會員您好，{company}投資群本週推出AI量化選股，保證月報酬{pct}%，不賺全額退費。現在入金滿{amount}元再送體驗金，請加入LINE群組：{link}",
    "尊敬的客户，您在{company}数字资产平台的账户因交易异常被风控，当前余额{amount}元无法提现。需缴纳账户解冻保证金{amount2}元验证资金来源，验证后本金及收益一并返还。",
  ],
  fake_loan: [
    "【{loanapp}】{name}您好，您申请的{amount}元贷款已审批通过，因您填写的银行卡号有误，资金已被冻结。请缴纳解冻金{small}元至我司对公账户，核实后款项立即到账。客服{qq}。",
    "无抵押无担保，凭身份证即可贷款，最高{amount}元，月息低至{pct}%，当天放款，黑户白户都能做。微信{wx}。",
    "客服：您的征信评分不够，系统自动判定您的还款能力不足，需要刷一下流水。\n客户：怎么刷？\n客服：您先往指定账户转{amount2}元，证明有还款能力，放款时一起退给您，这个是正规流程。",
    "Pre-approved personal loan of {usd} — no credit check, funds in 10 minutes. A one-time processing and insurance fee of {usd2} applies before disbursement. Apply now: {link} Reply STOP to opt out.",
    "恭喜您获得{lender}特邀额度{amount}元，年化利率仅{pct}%。开通前需缴纳会员费{small}元激活放款资格，点击{link}下载{loanapp}办理，今日有效。",
    "{name}你好，你的借款订单已生成，但是需要先交{pct}%的保证金来证明你有还款意愿，这笔保证金放款后原路退回。交完马上给你放{amount}元，现在放款通道快关了。",
    "Dear customer, your instant loan of Rs 50,000 is approved by our NBFC partner. Pay Rs 1,999 GST and file charges to release the amount to your account today. UPI link: {link} - Team {loanapp}",
    "您好，借款打款失败，因为您的账户涉嫌洗钱被银保监会冻结，需要验资{amount2}元解冻，解冻后连同借款一起打到您卡上。不处理的话会影响您的征信，请加QQ{qq}联系专员。",
  ],
  customer_service: [
    "【{shop}】亲，您{date}购买的{goods}因仓库质检不合格已下架，我们将为您办理三倍赔偿{amount}元，请添加理赔专员微信{wx}，核实身份后原路退款。",
    "您好，我是{courier}客服，您的快递单号{d12}在运输途中丢失，我司按规定给予理赔{small}元。请扫描我发给您的二维码进入理赔页面，填写银行卡号和收到的验证码即可到账。",
    "客服：您好，您之前在{app}开通了百万保障服务，现在每月要自动扣费{small}元。\n用户：我没开过啊。\n客服：可能是误开通了，我帮您关闭，不关的话会影响征信。您打开{app}的屏幕共享，我一步步教您操作。",
    "【{shop}】您的账户被误开通为“商家会员”，每月将从您的银行卡扣除{amount2}元年费。如需取消请于今日内致电{phone}，逾期将自动续费。",
    "Hi, this is {shopen} customer service. An order for an iPhone 15 Pro ({usd}) was placed on your account. If this was not you, press 1 or call {phone} to cancel and get a refund. Our agent will need remote access to secure your account.",
    "亲，你在我们店买的衣服有甲醛超标问题，我们主动退款，需要你打开{app}里的“备用金”功能借出{amount}元，退款会连同备用金一起退回，系统要先走一遍流水。",
    "親愛的顧客您好，我們是{shop}客服，因系統升級錯誤，您的訂單被設定為分期付款12期，每期將扣款{amount2}元。請依指示至ATM操作解除分期，客服專線{phone}。",
    "Dear {courieren} customer, we regret your parcel {d12} was damaged in transit. You are entitled to compensation of {gbp}. Claim within 24 hours: {link} — you will be asked to verify your card.",
  ],
  police_impersonation: [
    "这里是{city}市公安局刑侦支队，你名下的一张{bank}银行卡涉嫌参与一起特大洗钱案，案件编号{case}。现在需要你配合调查，此案属于机密，不得告诉任何人，包括你的家人。",
    "警官：你好，{name}是吧？我们这边是{city}公安局，有人用你的身份证办了一张卡，转了很多赃款。\n用户：不是我啊。\n警官：我知道，所以要证明你的清白。你把名下资金转到国家指定的安全账户做资金清查，查完原路退还。现在加我们的办案专用QQ{qq}，开视频做笔录。",
    "【{city}市人民检察院】您因涉嫌非法集资被立案调查，逮捕令已签发，请于今日内登录{link}查看通缉令并联系{phone}办理取保手续，逾期将冻结名下所有账户。",
    "您好，这里是医保局，您的医保卡在{city}有异常消费记录，涉嫌骗取医保基金{amount}元，现已冻结。我帮您转接当地公安进行报案，请不要挂机。",
    "This is a call from the Singapore Police Force. Your bank account has been linked to a money laundering case. You must transfer your funds to a safe account for verification by MAS. Do not tell anyone, this is a confidential investigation. Reference {case}.",
    "This is an automated message from HM Revenue & Customs. A lawsuit has been filed against you for tax evasion and a warrant will be issued for your arrest today. Press 1 to speak to an officer now.",
    "您好，我是電信局，您名下在{city}申辦的門號積欠費用，並且涉及詐騙案件，現在幫您轉接{city}地檢署偵查科。檢察官說需要監管您的帳戶，請您配合將存款匯入監管帳戶。",
    "【海关缉私局】您好，您有一个寄往国外的包裹被查出夹带违禁药品和多本护照，案件编号{case}，涉嫌走私犯罪。请立即拨打{phone}联系办案民警说明情况，否则将对您发出拘传。",
  ],
  credit_repair: [
    "【征信中心】{name}您好，您的个人征信存在逾期污点，将影响您房贷车贷及子女上学。我司可提供官方渠道一键修复、消除不良记录，费用{amount2}元，成功后付尾款。咨询{phone}。",
    "您好，我是{lenderapp}客服，根据银保监最新规定，在校期间开通的校园贷账户需要注销，否则会影响您的个人征信。我教您操作清空额度，先把各平台额度借出来转到我们指定账户。",
    "专业修复征信：逾期记录、呆账、查询过多均可处理，不成功不收费，内部渠道，三个工作日出结果。微信{wx}。",
    "客服：你好，我是{app}的，你大学时开通过学生账户，现在国家要求清退，不注销的话每年会被扣年费还影响征信。\n用户：那要怎么注销？\n客服：你下载{loanapp}，把里面的额度全部借出来，转到我们的对公账户核销，核销完就注销了。",
    "Your credit score has dropped due to negative records. Our certified credit repair team can remove late payments and defaults from your file within 30 days. Upfront fee {usd}. Call {phone} today.",
    "您好，您的征信报告显示有一笔“学生贷款”未注销，如果不处理将被列入失信名单，影响考研考公。请添加征信专员QQ{qq}，我们会协助您在线注销。",
    "親愛的用戶，您在大學期間申請的學生貸款帳戶未依規定關閉，將影響您的信用評分。請於今日內加LINE {wx} 由專人協助您辦理註銷。",
    "【{lender}】尊敬的客户，您的征信异常，已被标记为高风险用户，需要修复后才能恢复正常使用信用卡。请点击{link}填写资料，并支付{small}元认证费。",
  ],
  acquaintance: [
    "小{surname}，我是{name}，这是我的新号码，明天上午来我办公室一趟。",
    "我是你{surname}总，现在在开会不方便接电话。有个合作方的款项要急着付，你先从公司账上转{amount}元给对方，账号我发你，开完会我补签字。这个事先别跟别人说。",
    "妈，我手机掉水里了，这是我新号，你加一下我的微信{wx}，有点急事要跟你说。",
    "家长您好，我是孩子的班主任{surname}老师，学校要统一收取下学期的资料费和保险费共{small}元，请扫描我发在群里的二维码缴纳，今天截止。",
    "Hi Mum, it's me. I dropped my phone in the toilet, this is my new number. Can you text me on WhatsApp? I need a favour, I have to pay a bill today and my banking app is locked.",
    "老同学，好久不见！我是{name}啊，你还记得我吗？我现在在外地出差，银行卡被冻结了，能不能先借我{amount2}元周转一下，明天就还你。",
    "喂，{name}，猜猜我是谁？……对，是我啊，我换号了。我这边出了点事，被人扣住了要{amount}元才能走，你先帮我转过来，千万别告诉我爸妈。",
    "Hey it's {fname}, new number! Lost my old phone. Quick one, could you pay this invoice for me? I'll transfer back tonight, my card isn't working abroad. Details: {link}",
  ],
  game_trade: [
    "你好，你在{gameplat}挂的{game}账号我想要，价格{amount}元可以。我们走平台交易吧，我已经付款了，你登录{link}查看订单确认收货。",
    "【{gameplat}】您的账户出售成功，但由于您的收款账号未认证，资金已被冻结。请缴纳保证金{small}元激活提现功能，完成后资金和保证金一起返还。",
    "买家：老板，你这号我要了，{amount2}元，我已经在平台上付了。\n卖家：好的。\n买家：平台客服说你要交{small}元保证金才能解冻，你看下客服发的消息。\n客服：您好，卖家账户首次交易需要缴纳保证金，请扫码付款。",
    "免费领取{game}皮肤！限量{n}份，登录{link}输入账号密码即可领取，活动今晚截止。",
    "Hi! Saw you're selling your {game} account. I'll pay {usd}. I'm using a trusted escrow site, please sign up here and confirm: {link}. They'll release the money once you transfer the login.",
    "你好，我是{game}官方客服，你的账号在交易中被判定为违规操作，现已被封禁，需要缴纳{small}元解封费，否则账号永久封停。请加QQ{qq}处理。",
    "Congratulations! You've been selected for a free Robux giveaway. Verify your Roblox account at {link} to receive 10,000 Robux instantly.",
    "遊戲幣代儲8折優惠！{game}點數卡大量收購出售，先匯款後發貨，請加LINE：{wx}，保證安全快速。",
  ],
  romance: [
    "哥哥，今天又在加班吗？我刚下班，想你了。我那个做平台的舅舅说这两天有个漏洞，我们一起投一点好不好？我自己已经赚了{amount}元。",
    "Hi, I think I got the wrong number. I was looking for Ms. Lee for the golf booking? Anyway, nice to meet you. I'm {fname}, I work in finance in Singapore.",
    "你好，我在{romanceapp}上看到你的资料，感觉我们很合得来。我是一名军医，目前在海外执行维和任务，我有一个包裹要寄给你，里面有我的积蓄，但需要你先付{amount2}元关税。",
    "亲爱的，我的签证出了点问题，在机场被扣留了，需要交{usd}的罚款才能放行，我的卡在国外用不了，你能帮我先垫一下吗？回来我马上还你，我爱你。",
    "阿姨您好，我是您儿子在{romanceapp}认识的女朋友，他出了车祸在医院，医生说要先交{amount}元手术费，他让我找您，您先转给我吧。",
    "My darling, I've been thinking about our future. I found a great investment opportunity on a crypto platform, we can build our dream house together. Just deposit {usd} to start, I'll guide you. Here's the link: {link}",
    "寶貝，我在外地工作被公司拖欠工資，回不了家，可以先匯{amount2}元給我買車票嗎？我好想早點見到你。",
    "主持人：今晚的直播间福利，{romanceapp}会员限时优惠，刷{n}个礼物即可和主播一对一视频，还能加主播私人微信{wx}哦！",
  ],
  military_purchase: [
    "你好老板，我是{city}驻军某部后勤处的采购员，我们部队要采购一批{goods}，数量{n}件，你店里有货吗？价格好说，我们走公账。",
    "老板，我们首长说了，这批货必须用他们指定的供应商的{goods}配套，你先帮我们垫付{amount}元从那边进货，我们验收后一起结账给你。供应商联系方式是{phone}。",
    "您好，我是{city}武警支队的，我们单位要订{n}桌酒席，下周三聚餐，另外需要你们帮忙代购几箱特供酒，酒钱你先垫付一下，到时候一起结算。",
    "Hello, I'm Sergeant {fname} from the local army base. We need to order {n} units of {goodsen} for our troops. Can you supply? We'll pay via bank transfer after delivery, but first you need to pay our approved vendor for the packaging.",
    "采购员：老板你好，我这边是部队的，要订做{n}套{goods}。\n老板：可以的。\n采购员：我们部队有规定，必须在军需处指定的厂家拿原材料，你先转{amount2}元过去订货，验货后我们连同货款一起打给你。",
    "您好，我这边是{city}消防队，需要采购一批灭火器材，型号和价格我发你微信{wx}，预算{amount}元左右，需要你们先代垫部分费用。",
    "老闆您好，我是國軍某單位採購官，需要訂購{goods}{n}份，請先協助向我們合作的廠商訂購並先行付款，我們收到貨後會一併匯款給您。",
    "您好，我是{city}公安局装备处的，我们要采购{n}台{goods}，需要你们先到指定的供货商那里备货，押金{amount2}元，验收后全部退回。",
  ],
  prize: [
    "【{tvshow}】恭喜您被抽中为场外幸运观众，获得二等奖现金{amount}元及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "Congratulations! Your mobile number has won {gbp} in the UK National Mobile Lottery. To claim, reply with your full name, address and bank details or call {phone}.",
    "尊敬的{shop}用户，您在周年庆抽奖活动中获得一等奖{goods}一台，需先缴纳{small}元邮费和个人所得税，请点击{link}填写收货信息。",
    "You have been selected as the winner of our {shopen} customer survey reward! Claim your free iPhone now at {link} - just pay {usd2} shipping. Offer ends in {hours} hours.",
    "{name}先生/女士，您好！经过电脑随机抽取，您的手机号码在{year}年度客户回馈活动中荣获三等奖，奖金{amount2}元。请于{date}前拨打{phone}领取，过期作废。",
    "恭喜閣下於{app}週年抽獎中獲得iPhone 16一部！請於24小時內登入{link}並支付{small}元手續費領取獎品。",
    "WINNER!! As a valued network customer you have been selected to receive a {gbp} prize reward! To claim call {phone}. Claim code {d4}. Valid 12 hours only.",
    "您的微信号被抽中为{app}幸运用户，奖品是价值{amount}元的购物卡，需要缴纳{pct}%的公证费后才能发放，请加客服微信{wx}。",
  ],
  premium_rate: [
    "FreeMsg: Txt WIN to 8{d4} to claim your free ringtone and enter our prize draw. {small}p per msg. 18+ only. T&Cs apply.",
    "Call 09{d6} now to find out who has a secret crush on you! Calls cost 150p/min from BT landlines, mobiles more.",
    "【{operator}】您已成功订购“彩铃精选包”，信息费{small}元/月，回复TD退订。",
    "Your Netflix subscription has expired. Renew for free for 30 days by replying YES to 6{d4}. Standard network charges plus {small}p/msg apply.",
    "恭喜您获得免费抽奖机会，发送短信“CJ”到106{d6}即可参与，信息费2元/条，由{operator}代收。",
    "URGENT! You have won a 1 week FREE holiday. Call 09{d6} now from a landline to claim. Calls 60p/min. Box {d3}.",
    "免費下載熱門鈴聲！請回覆Y至{d6}確認訂閱，每則訊息收費{small}元。",
    "Congrats! You've been entered to win an iPad. Text JOIN to 8{d4} for daily chances to win! $9.99/wk until you text STOP.",
  ],
  parcel_fee: [
    "【{courier}】您的包裹{d12}因地址不详无法派送，请在{hours}小时内点击{link}更新地址并支付{small}元重新派送费，逾期将退回寄件人。",
    "Royal Mail: Your parcel is waiting for delivery. Please confirm the settlement of {gbp} (shipping fee) on: {link}",
    "USPS: The package has arrived at the warehouse and cannot be delivered due to incomplete address information. Please confirm your address in the link within 12 hours. {link}",
    "【{courier}】您好，您有一份国际包裹因申报价值不符被海关扣留，需补缴关税{amount2}元，请于{date}前点击{link}完成缴费。",
    "SingPost: Your parcel {d12} is on hold due to unpaid customs duty of S$2.99. Please pay within 24 hours to avoid return: {link}",
    "您好，我是{courier}快递员，您的快递到{station}了，但是运费到付的，需要您先转{small}元给我，我才能给您派送，加我微信{wx}。",
    "Australia Post: Your item could not be delivered today. A redelivery fee of AU$1.50 is required. Arrange a new time at {link}",
    "【順豐速運】您的包裹因地址錯誤暫存倉庫，請點擊連結補填資料並支付NT$25補運費：{link}",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户因存在异常登录行为已被临时冻结，请立即登录{link}完成身份验证以解除限制，否则24小时后将永久停用。",
    "HSBC: We have detected unusual activity on your account. Your online banking has been suspended. Please verify your identity at {link} to restore access.",
    "【{app}】您的账户涉嫌违规操作，已被限制收款功能。请于24小时内点击{link}提交人脸认证，逾期将永久封号。",
    "Apple ID: Your account has been locked for security reasons. To unlock, please verify your details within 24 hours: {link}",
    "【ETC】尊敬的用户，您的ETC卡因认证信息过期已被停用，请点击{link}重新认证，以免影响高速通行。",
    "Netflix: Your payment was declined and your membership is on hold. Update your billing details within 48 hours to avoid suspension: {link}",
    "【{bank}】您的網銀帳戶因長時間未使用已被凍結，請於今日內登入{link}重新啟用，否則將自動銷戶。",
    "您好，我是{app}安全中心的客服，您的账户被检测到在{city}异地登录，为了保障您的资金安全，需要您提供收到的验证码进行身份核实。",
  ],
  tax_refund: [
    "【国家税务总局】您有一笔个人所得税退税{amount2}元待领取，请于{date}前登录{link}填写银行卡信息办理退税。",
    "HMRC: You are eligible for a tax refund of {gbp}. Please submit your claim within 48 hours to avoid delays: {link}",
    "【{city}社保局】您的社保补贴{amount}元已到账，请点击{link}验证身份后领取，逾期将自动作废。",
    "IRS: Your tax refund of {usd} is pending. Verify your identity and bank details here to receive your payment: {link}",
    "【医保局】您的医保卡有一笔{amount2}元的补贴未领取，请联系工作人员{phone}办理，需提供您的银行卡号和验证码。",
    "Centrelink: You are eligible for a cost of living payment of AU$750. Confirm your myGov details to receive it: {link}",
    "【{city}人社局】根據最新政策，您可申請職業技能提升補貼{amount}元，請於三日內登入{link}填寫資料。",
    "【ETC服务中心】尊敬的车主，您的ETC通行费存在多扣情况，可申请退还{small}元，请点击{link}办理。",
  ],
};
