/**
 * Common syllables of the office's spreadsheets (names, places, cooperative and administrative words,
 * everyday words). Spelling alone cannot break some ties: the TCVN3 bytes of "một" read in Latin-1 as
 * "mét", itself a valid syllable, and Unicode "Tân" read as TCVN3 gives "Tõn". A reading made of
 * familiar syllables is the likelier one, so detection gives such words extra weight.
 * Keys ignore case and tone placement (see syllableKey), so "hòa" also covers "Hoà" and "HOÀ".
 * The list also holds real words whose Latin-1 spelling is the legacy bytes of another word ("phó" is
 * TCVN3 for "phú", "cô" is VNI for "cơ"), so that a Unicode "Phó" never loses to its TCVN3 reading.
 */
import { type SyllableParts, syllableKey, syllableParts } from './syllable.ts';

const WORDS = `
a à á ai an anh ánh ao áo ăn ấp âm ân ấy
ba bà bác bạc bài ban bán bản bàn bang báo bảo bắc bằng bên bến bình bộ bốn bồi bông bùi buôn bưu bạn
ca các cà cả cách cải cam cán cảnh cao cát câu cây cấp cần cầu cấu chánh chăn chấm chất châu chè chế chi
chí chỉ chiến chính chợ chủ chung chức chuyên chương có cơ cơ cổ công cộng cổ cơm củ của cục cung cư cừ
cửa cương cường
da dân dầu dê dệt di dịch diện doanh dõng du dục dùng dũng dụng duy dược dương dưỡng dừa
đa đại đàn đang đào đạo đạt đắk đăng đất đầu đầm đầy đậu đê đến điện điều đình định đoàn đông đồng đổi
đội đơn đúc đức được đường đưa
gạo gia giá giải giám giang giao giáo giày giấy giống gỗ gốm
hà hạ hải hàm hàng hành hạnh hào hạt hay hăng hậu hiền hiệp hiện hiệu hình họ hóa hoa hòa hoài hoàn hoàng
học hội hồ hồng hộ hơn hợp huế huệ hùng hưng hương hữu huy huyện huyền hạn hàn
in ít
kê kế khá khai khánh khẩu khác khê khoa khoáng không khu khuyến kiểm kiên kim kinh kon
la lá lai làm lạc lam lâm lân lan lang làng lao lắk lập lê lệ lễ liên liêm linh loại lộc long lợi lớn
lúa lực lương lượng lý lưu
ma mã mai mại mạnh mau may mây mây mè mía miền minh mít mô mỗi một mới mua muối mười mức mỹ mắm
nam năm năng nay nào nghề nghệ nghiệp nghĩa ngọc ngô ngoài ngũ ngừng người ngư nguyên nguyễn ngày nhà
nhân nhất nhật nhiều nhóm nhỏ như nhựa ninh nông nội nước nuôi nữ nền
ô ông ốc ơn
phạm phan phát phần phố phong phòng phú phúc phụ phương phước phường
qua quản quang quảng quân quận quế quốc quý quỹ
sa sách sạch sản sáu sen sinh số sơn sông sở sự sữa sức sử
ta tác tài tại tạm tam tâm tân tấn tập tây tế thạch thái tham than thanh thành thảo tháp thắng thân thể
thị thiện thịt thôn thống thơ thời thu thuận thuế thủ thủy thực thương thường thứ tỉnh tiến tiền tiểu
tín tình toàn tổ tổng trà trại trang tráng trần tre triển triệu trị trong trồng trung trúc trưởng
trường tuấn tư tự tuyên tùng tuyết tỷ từ tươi tháng thêm thép thế
uỷ ủy ủi
vải văn vân vận việc việt viên viện vinh vĩnh võ vốn vụ vũ vùng vườn vực vị vật và về với vàng vào
xã xanh xây xuân xuất xưởng xử xe xin
yên yến
bị cho các cũng đã đi đó để gì hay khi là lại mà mình này nên nếu những nơi ở ra rất rồi sẽ thì theo
trên trước từng vẫn vì dưới sau bao cùng giữa hết hoặc
bích bảy chín hai mười tám trăm nghìn ngàn triệu tỷ đồng ha tấn
an bắc bình châu cường dung duyên đức hằng hiếu hòa hoa hồng huy hường khoa lan liên linh loan
mai minh my nga ngân nguyệt nhung oanh phong phúc phượng quyên quỳnh sang sơn tâm thắm thanh thảo
thu thúy thủy trinh tú tuấn vân vinh yến hiền hậu lộc nhàn thoa thơm vũ võ lương tạ trịnh đinh
đoàn lâm mạc khổng hà
bé bò bèn cô còng dâng dòng dông hé hôn lóa mét ngò nhá nôi ôn phó phô thô thò trò tróc tù vô vò
`;

const LEXICON = new Set<string>();
for (const word of WORDS.split(/\s+/)) {
  const parts = word === '' ? undefined : syllableParts(word);
  if (parts !== undefined) LEXICON.add(syllableKey(parts));
}

/** True when the word is one of the common syllables (any case, either tone placement). */
export function isCommonSyllable(word: string): boolean {
  const parts = syllableParts(word);
  return parts !== undefined && isCommonParts(parts);
}

/** isCommonSyllable for a word already split by syllableParts. */
export function isCommonParts(parts: SyllableParts): boolean {
  return LEXICON.has(syllableKey(parts));
}

/** The lexicon's words, for tests that check each is a valid syllable. */
export function commonSyllables(): string[] {
  return WORDS.split(/\s+/).filter((w) => w !== '');
}
