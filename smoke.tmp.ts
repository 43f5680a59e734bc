import { analyseContent } from "./src/domain/signals";
const texts = [
  "我是您的孙子，我换号了，出了点事急需用钱，千万别告诉爸妈",
  "【公安局】您涉嫌一起洗钱案件，请配合调查并将资金转入安全账户",
  "您的校园贷账户未注销，将影响征信，请联系专员处理",
  "Congratulations! You have won a £1000 prize. Call 09061234567 now to claim. 150p/min",
  "txt WIN to 87121 to enter",
  "Your parcel could not be delivered. Pay the £1.99 redelivery fee at http://royalmail-redeliver.top",
  "请转到我们提供的账户，否则起诉",
  "兼职刷单，点赞关注日赚300，加微信 abc123",
  "【顺丰】您的快递已由快递员上门派送，请注意查收",
  "【某服装店】加店长微信领取新品优惠券",
  "请在卡片中输入身份证后四位完成验证",
];
for (const t of texts) { const a = analyseContent(t); console.log(a.typology?.id ?? "-", a.signals.join(","), "|", t.slice(0, 30)); }
