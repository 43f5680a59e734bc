/**
 * Blind genuine set #76 (genuine only; 14 templates per category of everyday texts and transcribed calls; session 16).
 * Measured once on arrival (tree 54899ff), 3 renderings per template: 0 of 378 flagged (the rules alone 2.4 %). Then
 * tuned on.
 *
 * Blind tuning set 76 — GENUINE (non-scam) SMS and transcribed calls only.
 *
 * Written BLIND to the classifier: no classifier code, rules, tests or other data
 * sets were consulted. Every text is an original composition.
 *
 * Theme: what real phones receive and what real people say — very short personal
 * texts, bank/lender notices with masked numbers (尾号{d4}), licensed lenders' and
 * banks' own marketing (their own app, 退订回T, no odd links), verification codes
 * that warn never to share them, courier and appointment notices, government and
 * police anti-fraud notices, and genuine calls transcribed to text (bank customer
 * service, courier, community police anti-fraud visit, landlord, teacher, relative,
 * colleague).
 *
 * Styles: formal 【sender】 notices; labelled dialogue turns; unlabelled dialogue;
 * ASR-style transcripts without punctuation and with fillers; very short chat;
 * roughly a fifth in Traditional characters; English (UK, US, IN, SG, NG, PH) in the
 * english category and a few elsewhere.
 *
 * These are deliberate NEAR MISSES: they share vocabulary with scam scripts
 * (逾期, 验证码, 上门, 客服, 公安, 退款, 贷款, 额度, 中奖, 快递, 投资, 理赔, 补贴,
 * 注销, 冻结, 账户, 转账, "won", "refund", "new number", "free", "urgent") but never
 * ask for a code, an up-front fee, a transfer to a "safe" or stranger's account,
 * screen sharing, or a link on an odd domain.
 *
 * Sources: only general public DESCRIPTIONS of how scam scripts work (public
 * anti-fraud advisories from police/96110 campaigns, bank and regulator consumer
 * warnings, UK/US consumer-protection guidance) and the general shape of public
 * collections of normal (ham) SMS and everyday-call transcripts were used as
 * background; no texts or data sets were copied.
 */
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_TUNING_76_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的储蓄卡{date}{time}[支出|消费]人民币{amount}元，余额{amount2}元。如非本人操作请致电{bankno}。",
    "【{bank}】您尾号{d4}的信用卡本期账单{amount}元，最低还款{small}元，到期还款日{date}。可通过{bank}手机银行还款，逾期将影响您的信用记录。",
    "客服：您好，这里是{bank}信用卡中心，请问是{surname}先生吗？客户：是我。客服：您{date}有一笔{amount}元的境外交易，想跟您核实一下是否本人消费。客户：是我在网上买的。客服：好的，那没有问题。提醒您，我们不会向您索要密码或验证码，祝您生活愉快。",
    "喂您好这边是{bank}的客户经理小{surname}啊就是您那个定期存款{date}到期了嗯您看是续存还是转活期您有空可以来网点办或者在手机银行自己操作就行不用告诉我任何密码哈好的好的",
    "【{bank}】您尾號{d4}的帳戶於{date}轉入人民幣{amount}元，摘要：工資，餘額{amount2}元。",
    "【{bank}】尊敬的客户，您的信用卡额度已临时调整至{amount}元，有效期至{date}。详情请登录{bank}APP查询。退订回T",
    "【{bank}】您尾号{d4}的账户因长期未使用已转为久悬户，如需恢复使用请本人携带身份证到任一网点办理。",
    "【{bank}】温馨提示：近期冒充银行客服以“注销账户”“提升额度”为名的诈骗高发。本行工作人员不会要求您转账到所谓“安全账户”，也不会索要验证码。客服热线{bankno}。",
    "行員：您好，這裡是{bank}{city}分行，您預約明天上午十點辦理房貸提前還款，記得帶身份證和銀行卡。客戶：好的，要準備多少錢？行員：卡裡存夠{amount}元就行，到時候在櫃檯直接扣款。",
    "【{bank}】您尾号{d4}的卡片于{date}{time}在{shop}消费{small}元。",
    "【{bank}】您的信用卡已逾期{days}天，欠款{amount}元，请尽快通过{bank}手机银行或网点还款，以免影响征信。如已还款请忽略。",
    "【{bank}】Your card ending {d4} was used for CNY {amount} at {shopen} on {dateen}. If this was not you, call {bankno}.",
    "【{bank}】您申請的借記卡掛失已受理，原卡已凍結，新卡將於{days}個工作日內寄出，也可到網點領取。",
    "【{bank}】您的手机银行于{date}{time}在新设备登录，如非本人操作请立即拨打{bankno}办理冻结。",
  ],
  lender: [
    "【{lender}】尊敬的{surname}先生，您在{lenderapp}的借款本期应还{amount}元，还款日{date}，请确保绑定银行卡余额充足。退订回T",
    "【{lender}】您的账单已逾期{days}天，应还{amount}元，请登录{lenderapp}还款。逾期记录将按规定报送征信，如有疑问请致电官方客服。",
    "【{lender}】您的可用额度已提升至{amount}元，年化利率低至{pct}%，打开{lenderapp}即可查看，借款前请仔细阅读合同。退订回T",
    "【{lender}】您已成功还款{amount}元，本期账单已结清，感谢您的信任。",
    "专员：您好，我是{lender}贷后服务专员，请问是{name}本人吗？客户：是。专员：您在{lenderapp}的借款已经逾期{days}天，欠款{amount}元，请尽快在APP里还款，困难的话也可以在APP里申请延期。客户：我下周发工资就还。专员：好的我帮您备注。还款只在APP里操作，不要转给任何个人账户。",
    "【{lender}】您申請的借款{amount}元已審核通過，並已放款至尾號{d4}的銀行卡，請留意到賬。首期還款日{date}。",
    "【{lender}】您在{lenderapp}的分期账单第3期已出，金额{small}元，将于{date}自动扣款。退订回T",
    "喂你好是{name}吗我这边是{lender}的嗯就是您那个借款明天到期了提醒一下记得卡里留够钱哈系统会自动扣的对对不用转给我们在APP里看就行好那不打扰了",
    "【{lender}】新用户首借享{days}天免息，最高额度{amount}元，实际额度以审批为准。请认准官方APP{lenderapp}，放款前不收取任何费用。退订回T",
    "【{bank}信用卡】您有一笔账单分期专享额度{amount}元，手续费率低至{pct}%，可在{bank}APP中自助办理。退订回T",
    "【{lender}】您已提前结清全部贷款，结清证明可在{lenderapp}“我的-证明下载”中获取。",
    "【{lender}】提醒：您的還款已逾期{days}天，請盡快透過{lenderapp}還款。本公司不會要求您轉帳至任何私人帳戶。",
    "【{lender}】您的還款銀行卡已變更為尾號{d4}，如非本人操作請致電官方客服。",
    "{lender}: Your repayment of {amount} yuan is due on {dateen}. Please repay in the {lenderapp} app. Reply T to unsubscribe.",
  ],
  otp: [
    "【{app}】验证码{code}，用于登录，5分钟内有效。请勿泄露给他人。",
    "【{bank}】您正在向尾号{d4}的账户转账{amount}元，验证码{code}。任何人索要验证码都是诈骗，切勿告知。",
    "【{app}】您的验证码是{code}，您正在修改绑定手机号，若非本人操作请忽略。",
    "【{shop}】验证码：{code}，您正在登录{shop}账号，10分钟内有效，请勿告诉他人。",
    "【{bank}】您的動態密碼為{code}，用於網上銀行登錄，請勿向任何人透露。",
    "Your {appen} code is {code}. Don't share it with anyone.",
    "【{operator}】您的服務密碼重置驗證碼為{code}，客服人員不會向您索取，請勿洩露。",
    "【{lender}】验证码{code}，您正在申请注销账户，如非本人操作请忽略本短信。",
    "【12306】验证码{code}，您正在进行购票身份核验，请勿泄露。",
    "客服：您好，这里是{app}客服，您刚才反映收不到验证码，我帮您查了一下，是手机开了短信拦截。验证码您不用告诉我，自己在APP里输入就行。用户：哦好的，我找到了。",
    "妈你手机刚收到一个验证码是吧那个是我在帮你弄医保电子凭证嗯对你就在你自己手机上输进去就行别念给任何人听啊打电话来问的都是骗子",
    "【{app}】驗證碼{code}，您正在綁定新設備，如非本人操作請立即修改密碼。",
    "【个人所得税】您正在注册个人所得税APP，验证码{code}，请勿转发他人。",
    "{code} is your {appen} verification code. It expires in 10 minutes. We will never call you to ask for it.",
  ],
  delivery: [
    "【{courier}】您的快递已到{station}，取件码{pick}，请于{date}前取件。",
    "【菜鸟驿站】取件码{pick}，您的{courier}包裹已到{station}，营业时间8:00-21:00。",
    "快递员：喂，你好，{courier}的，你有个件在楼下，家里有人吗？收件人：没人，放门口吧。快递员：行，那我给你放门口拍个照。收件人：好的谢谢。",
    "喂你好我是送快递的那个你的件地址写的是{city}那个小区几栋来着哦三栋是吧好好好我十分钟左右到你下来拿一下还是我送上门嗯行好嘞",
    "【{courier}】您的快递{d12}正在派送中，派送员{surname}师傅，电话{phone}，请保持电话畅通。",
    "【{courier}】您的包裹{d12}已簽收，簽收人：門衛。如有疑問請聯繫派送員。",
    "【{shop}】您的订单已发货，{courier}运单号{d12}，可在{shop}APP“我的订单”中查看物流。",
    "【{courier}】很抱歉，您的快件{d12}运输途中出现破损，已为您登记理赔，赔付款将原路退回至寄件支付账户，无需您提供任何信息。",
    "【{courier}】您的包裹因地址不详暂未派送，请在{courier}官方APP中修改地址，或直接联系派送员{phone}。",
    "到了吗？快递说放丰巢了，取件码{pick}，你下班顺路拿一下",
    "快遞員：您好，這邊是{courier}，您有個冷鏈包裹今天送，下午三點在家嗎？客戶：在的。快遞員：好，到時候要本人簽收一下。",
    "Your {courieren} parcel {d12} will be delivered today between {time} and 6pm. Track it in the {courieren} app.",
    "【{courier}】您寄往{city}的快件{d12}已被揽收，预计{date}送达。",
    "【{station}】您有{n}個包裹待取，取件碼{pick}，超過3天未取將退回寄件人。",
  ],
  appointment: [
    "【{hospital}】{name}您好，您已成功预约{date}{time}{dept}门诊，请携带身份证提前15分钟到院取号。",
    "【{salon}】亲，您预约的{date}{time}剪发已确认，如需改期请提前联系店里。",
    "【{car}4S店】尊敬的{surname}先生，您的爱车{plate}已到保养时间，可预约{date}到店，感谢您的支持。退订回T",
    "前台：您好，这里是{clinic}，提醒您明天下午两点有洗牙预约。患者：哦对，能改到周六吗？前台：可以，周六上午十点行吗？患者：行。前台：好的已经帮您改好了，直接来就行，费用到店再结。",
    "【{hospital}】您預約的{date}{dept}複診已取消，如需重新掛號請通過醫院官方公眾號辦理。",
    "【{gym}】您预约的{date}{time}私教课即将开始，{surname}教练在二楼等您，请准时到达。",
    "喂是{name}家长吗我是{school}的{surname}老师啊就是想跟您约个时间家访下周三下午您在家吗嗯对就是正常家访了解一下孩子情况好的好的那我到时候再跟您确认",
    "【{city}出入境】您预约的{date}证件办理已成功，请携带本人身份证按时前往出入境大厅。",
    "房东：小{surname}啊，明天上午物业要上门检查燃气，你在家吗？租客：上午要上班。房东：那我自己带钥匙过去开门可以吧？租客：可以，麻烦您了。",
    "【{operator}】您预约的宽带上门安装时间为{date}上午，装维师傅将提前电话联系您，请保持电话畅通。",
    "【{salon}】提醒您：明天{time}的美甲預約，如需取消請提前兩小時告知，謝謝。",
    "Reminder: your appointment at {clinic} is on {dateen} at {time}. Reply C to confirm or call the clinic to reschedule.",
    "【{hospital}】您的体检报告已出，请登录医院官方公众号查看，或到{dept}自助机打印。",
    "【{school}】家長您好，本週五下午三點召開家長會，地點為各班教室，請準時參加。",
  ],
  marketing: [
    "【{shop}】会员日来啦！全场满{amount}减{small}，仅限{date}当天，打开{shop}APP查看。退订回T",
    "【{operator}】尊敬的客户，您本月流量已使用80%，如需可在{operator}营业厅APP办理流量加油包。退订回T",
    "【{gym}】春季特惠，年卡{amount}元，老会员续费再送{n}节私教课，欢迎到店咨询。退订回T",
    "【{bank}】{bank}信用卡新户礼：首刷满{small}元送行李箱，详询{bank}APP。退订回T",
    "【{shop}】週年慶限時優惠，指定商品低至{pct}折，詳情請打開{shop}APP。退訂回T",
    "【{app}】您有一张{small}元外卖红包即将过期，打开{app}即可使用。退订回T",
    "【{salon}】老顾客回馈：{date}前到店染发享{pct}折，欢迎预约。退订回T",
    "【{fund}】{fund}新基金{date}起发行。基金有风险，投资需谨慎，详情请咨询{bank}网点或{fund}官方APP。退订回T",
    "【{car}】车主您好，{car}新款车型已到店，{date}前预约试驾即送车载香薰一份。退订回T",
    "【{shop}】恭喜您在签到抽奖中获得三等奖：{small}元无门槛券，已自动放入“我的优惠券”，无需任何操作。退订回T",
    "【{operator}】尊敬的客户，您可免费领取{n}GB流量，登录{operator}APP首页领取，活动截止{date}。退订回T",
    "【{gym}】新年優惠：推薦朋友辦卡，雙方各得一個月免費會籍，詳情請洽前台。退訂回T",
    "{shopen}: Big sale starts {dateen}. Open the {shopen} app to see today's deals. Reply STOP to opt out.",
    "【{hospital}】健康讲座：{date}下午在门诊大厅举办“高血压防治”免费讲座，欢迎市民参加。",
  ],
  personal: [
    "到了吗",
    "收到，谢谢",
    "ok see u at {time}",
    "妈，我换新号码了，就是这个，旧号先别删，周末回家再跟你细说",
    "今晚加班，晚饭不用等我了",
    "我到樓下了，你下來吧",
    "喂小{surname}啊我是你大姨啊那个你表弟下个月来{city}面试想在你那住两天方便不嗯嗯不用不用吃饭他自己解决就是借个地方睡好嘞那我让他到时候直接给你打电话",
    "同事：{fname}，明天上午的会改到十点了，你跟客户说一声。我：好的，PPT要改吗？同事：第三页数据更新一下就行。我：收到。",
    "上次借你的{small}块我微信还你了，查收一下哈",
    "爸，週末要不要一起去吃飯？我來訂位子。",
    "钥匙放门口地垫下面了，走的时候记得锁门",
    "老婆我发工资了，晚上想吃啥",
    "小{surname}，楼下水管明天师傅来修，上午停水两小时，你提前接点水。房东",
    "在嗎？週末去爬山不",
  ],
  government: [
    "【{city}公安】近期冒充公检法诈骗高发。公安机关不会通过电话、视频办案，不存在所谓“安全账户”，请勿向陌生人转账。反诈咨询请拨打96110。",
    "民警：您好，我是{city}市公安局城南派出所的民警，我们收到反诈预警，您的号码最近接到过可疑来电，打电话提醒您一下。居民：昨天是有人说是客服要给我退款。民警：那是诈骗，千万别转账，也别下载他们让装的软件。不放心可以来所里，我们不需要您提供任何密码。",
    "喂您好我是社区民警小{surname}啊就是明天上午我们要上门做个反诈宣传给您家老人讲讲防诈骗的事不收钱也不用准备什么就聊聊您看上午九点方便吗好的好的",
    "【{city}医保】您{year}年度城乡居民医保已缴费成功，缴费金额{small}元，可在国家医保服务平台APP查询。",
    "【{city}人社】您申请的失业保险金已审核通过，将按月发放至您本人社保卡银行账户，办理过程不收取任何费用。",
    "【{city}稅務】提醒：{year}年度個人所得稅綜合所得匯算已開始，請通過個人所得稅APP自行辦理，切勿點擊陌生連結。",
    "【{city}交警】您的车辆{plate}于{date}有一条交通违法记录，请通过“交管12123”APP查询处理。",
    "【12345】您反映的小区噪音问题已转交{city}城管部门处理，工单号{case}，感谢您的监督。",
    "【{gov}】您的居住证已办理完成，请于{date}后携带身份证到受理派出所领取。",
    "【{city}法院】{name}您好，您作为原告的{case}号案件定于{date}开庭，请按时到庭。本院不会通过短信或电话要求向个人账户转账。",
    "社工：您好，我是{city}街道辦的，您家老人的高齡補貼這個月已經發到社保卡上了，跟您說一聲。家屬：好的，需要我們做什麼嗎？社工：不用，去銀行查一下就行。",
    "【{city}發布】防汛提醒：{date}起本市將出現強降雨，請減少外出，注意安全。",
    "【{city}车管所】您的车辆{plate}年检预约成功，请于{date}携带行驶证到检测站办理。",
    "HMRC will never text you about a tax refund or ask for your bank details by text. Forward suspicious messages to 7726.",
  ],
  english: [
    "omw, be there in 10",
    "Hey {fname}, running late, save me a seat x",
    "{banken}: A payment of {gbp} GBP to TESCO STORES was made from your account ending {d4}. If you don't recognise it, call the number on the back of your card.",
    "Your A/c XX{d4} is debited by INR {amount} on {dateen}. Not you? Call {banken} customer care on the number on your card.",
    "Bros I don land, abeg tell mama say I don reach. Will call tonight",
    "Ate nasa bahay ka na? Pasabay naman ng pandesal pls, salamat!",
    "Eh I reach already lah, where you all? Near MRT exit B ah?",
    "Your {courieren} package was delivered at {time} and left at the front door. Details: {glink}",
    "Your {appen} verification code is {code}. Do not share it with anyone, including {appen} staff.",
    "Hi {fname}, reminder that your dental check-up is on {dateen} at {time}. Reply Y to confirm. Thanks!",
    "We won!! 3-1 in extra time, coach is buying pizza",
    "Hi it's {fname}, new number, old phone died. Save this one, no need to reply",
    "Agent: Hi, this is the {banken} fraud team about a card payment. We will never ask for your PIN or a code. Did you spend {usd} USD at {shopen} today? Customer: Yes, that was me. Agent: Thanks, your card is unblocked now.",
    "Urgent pls - can you grab the kids from school today? Stuck in a meeting till 5. Thanks love",
  ],
};
