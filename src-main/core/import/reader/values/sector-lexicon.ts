/**
 * The "Lĩnh vực / ngành nghề" cell of a clerk's list → sector codes. Clerks write sub-sectors, activities and
 * products ("nuôi cá lồng", "xay xát", "homestay"), often several in one cell ("Trồng trọt, chăn nuôi và dịch
 * vụ", "NN - TM - DV"). The cell is cut into pieces at commas, semicolons, "và", dashes, slashes, "+" and line
 * breaks, except inside a category's own name ("nông, lâm, thủy sản", "công nghiệp – TTCN"); each piece is
 * matched against the lexicon below. A piece that matches nothing is returned as unknown, never thrown on:
 * the importer stores 'khac' for it and asks the clerk. What maps where, and why: docs/sectors.md.
 */
import type { Sector } from '../../../../contract/vocab.ts';
import { foldVietnamese } from '../../../../shared/index.ts';

export interface SectorReading {
  codes: Sector[];
  unknown: string[];
}

/**
 * How strongly a phrase names a sector. Within one piece only the strongest kind counts: an activity hides
 * the products it works on ("chế biến chè" is processing, not tea growing; "vận tải cát" is transport), and
 * a product or activity hides a bare "dịch vụ" ("dịch vụ tưới tiêu" is agriculture). Fillers ("sản xuất",
 * "kinh doanh", "HTX") name no sector; a piece of fillers only takes the products of its neighbour
 * ("Sản xuất, kinh doanh chè" is tea).
 */
type Rank = 0 | 1 | 2 | 3;
const FILLER: Rank = 0;
const GENERIC: Rank = 1;
const PRODUCT: Rank = 2;
const ACTIVITY: Rank = 3;

/**
 * [rank, codes, phrases]. Phrases are separated by "|" and matched folded (no accents, any case), as whole
 * words. A phrase written "=…" is matched with its accents, for words whose folded form means something
 * else too: "=gà" is not "ga", "=lợn" is not "lớn", "=cá" is not "cả", "=chợ" is not "cho".
 */
type Row = readonly [Rank, readonly Sector[], string, 'vague'?];
const NN: readonly Sector[] = ['nong_nghiep'];
const CN: readonly Sector[] = ['cong_nghiep'];
const TM: readonly Sector[] = ['thuong_mai'];
const DV: readonly Sector[] = ['dich_vu'];
const NONE: readonly Sector[] = [];

const LEXICON: readonly Row[] = [
  // Nông, lâm nghiệp, thủy sản: the category's names, then farming activities and services to farmers.
  [
    ACTIVITY,
    NN,
    'nông nghiệp|NN|nông lâm ngư nghiệp|nông lâm ngư diêm nghiệp|nông lâm ngư diêm|nông lâm thủy sản|nông lâm nghiệp thủy sản|nông lâm nghiệp|nông lâm ngư|nông lâm|nông ngư nghiệp|nông ngư|=nông|nông nghiệp tổng hợp|nông nghiệp công nghệ cao|nông nghiệp hữu cơ|nông nghiệp sạch|nông nghiệp sinh thái|nông nghiệp kiểu mới|sản xuất nông nghiệp|dịch vụ nông nghiệp|DVNN|dịch vụ NN|dịch vụ sản xuất nông nghiệp|dịch vụ nông nghiệp tổng hợp|NLN|NLTS|NLNTS',
  ],
  [
    ACTIVITY,
    NN,
    'trồng trọt|chăn nuôi|chăn nuôi gia súc|chăn nuôi gia cầm|=trồng|gieo trồng|trồng cây|nuôi|nuôi trồng|lâm nghiệp|trồng rừng|chăm sóc rừng|bảo vệ rừng|quản lý bảo vệ rừng|khoanh nuôi|khai thác gỗ|khai thác lâm sản|lâm sinh|thủy sản|ngư nghiệp|NTTS|nuôi trồng thủy sản|đánh bắt|đánh bắt thủy sản|đánh bắt hải sản|đánh bắt cá|khai thác thủy sản|khai thác hải sản|nghề cá|diêm nghiệp|làm muối|sản xuất muối|làm vườn|kinh tế vườn|vườn đồi|VAC|kinh tế trang trại|trang trại|gia trại',
  ],
  [
    ACTIVITY,
    NN,
    'thủy lợi|thủy nông|dịch vụ thủy lợi|tưới tiêu|=tưới|tưới nước|nước tưới|cấp nước tưới|dẫn nước tưới|bơm nước|trạm bơm|tiêu úng|kênh mương|nạo vét kênh mương|quản lý công trình thủy lợi|công trình thủy lợi|làm đất|=cày|cày bừa|=bừa|gặt|gặt đập|thu hoạch|gieo cấy|=cấy|gieo mạ|mạ khay|cơ giới hóa|cơ giới hóa nông nghiệp|máy nông nghiệp|máy cày|máy gặt|bảo vệ thực vật|BVTV|phòng trừ sâu bệnh|diệt chuột|thú y|dịch vụ thú y|khuyến nông|chuyển giao kỹ thuật|vườn ươm|ươm giống|nhân giống|sản xuất giống|giống cây trồng|giống vật nuôi|cung ứng giống|cung ứng vật tư|cung ứng vật tư nông nghiệp|tiêu thụ nông sản|bao tiêu nông sản|nuôi tằm|trồng dâu nuôi tằm|nuôi ong|nuôi yến',
  ],
  // Crops, trees, inputs and farm products.
  [
    PRODUCT,
    NN,
    '=lúa|lúa gạo|lúa giống|lúa nước|lúa chất lượng cao|lúa hữu cơ|gạo|gạo sạch|=ngô|=bắp|=sắn|khoai|khoai lang|khoai tây|khoai môn|khoai sọ|dong riềng|=đậu|đậu tương|đỗ tương|đậu xanh|=lạc|củ lạc|=vừng|=mè|mía|=chè|chè búp|chè xanh|chè shan|chè shan tuyết|=trà|cà phê|cafe|cacao|ca cao|hồ tiêu|hạt tiêu|hạt điều|cao su|=dừa|=bưởi|=cam|quýt|=chanh|=chuối|=nhãn|vải thiều|xoài|mít|sầu riêng|thanh long|=dứa|=dưa|dưa hấu|dưa lưới|dưa chuột|=mận|=mơ|hồng xiêm|=ổi|=táo|=nho|dâu tây|=dâu|=tằm|kén tằm|=măng|măng tre|cây ăn quả|cây ăn trái|cây trái|hoa quả|trái cây|cây công nghiệp|cây lâu năm|cây hàng năm|hoa màu|cây màu',
  ],
  [
    PRODUCT,
    NN,
    '=rau|rau an toàn|rau sạch|rau màu|rau củ|rau quả|rau củ quả|củ quả|rau hữu cơ|rau mầm|=hoa|hoa tươi|hoa cây cảnh|cây cảnh|sinh vật cảnh|hoa lan|=lan|phong lan|bonsai|=cỏ|cỏ voi|cỏ chăn nuôi|=nấm|nấm ăn|nấm rơm|nấm sò|nấm linh chi|nấm hương|nấm mỡ|mộc nhĩ|dược liệu|cây dược liệu|thảo dược|=sâm|sâm ngọc linh|đinh lăng|=quế|=hồi|hoa hồi|thảo quả|sa nhân|gừng|=nghệ|=sả|ớt|=tỏi|hành tỏi|hành lá|cây giống|con giống|=giống|phân bón|phân vi sinh|phân hữu cơ|thuốc bảo vệ thực vật|thuốc BVTV|vật tư|vật tư nông nghiệp|vật tư NN|thức ăn chăn nuôi|thức ăn gia súc|nông sản|nông sản sạch|lương thực|lâm sản|lâm sản ngoài gỗ|gỗ rừng trồng|=rừng|=keo|bạch đàn|cây thông|=luồng|tre luồng|=muối',
  ],
  // Livestock and aquaculture.
  [
    PRODUCT,
    NN,
    '=lợn|heo|lợn rừng|lợn đen|lợn thịt|lợn nái|=gà|gà đồi|gà ta|gà ri|gà thịt|gà đẻ|=vịt|=ngan|ngỗng|chim cút|bồ câu|=yến|chim yến|=bò|bò sữa|bò thịt|trâu|trâu bò|=dê|=cừu|=thỏ|=ong|mật ong|sáp ong|gia súc|gia cầm|gia súc gia cầm|=trứng|trứng gà|trứng vịt|=sữa|sữa bò|sữa dê|hươu|hươu sao|nhím|ba ba|=ếch|=lươn|=chồn|=dế|giun quế|đà điểu|thịt|thịt lợn|thịt gà|thịt bò',
  ],
  [
    PRODUCT,
    NN,
    '=cá|cá lồng|nuôi cá lồng|cá giống|cá nước ngọt|cá tra|cá basa|cá rô phi|cá chép|cá trắm|cá lóc|cá quả|cá hồi|cá tầm|cá diêu hồng|cá thịt|tôm|tôm thẻ|tôm sú|tôm hùm|tôm càng xanh|=cua|=ốc|ốc hương|nghêu|ngao|=sò|=hàu|=hến|=mực|rong biển|rong nho|hải sản|thủy hải sản|tàu cá',
  ],

  // Công nghiệp – tiểu thủ công nghiệp: the category's names, crafts (làng nghề), processing, mining.
  [
    ACTIVITY,
    CN,
    'công nghiệp|CN|tiểu thủ công nghiệp|TTCN|TTTCN|thủ công nghiệp|tiểu thủ công|công nghiệp tiểu thủ công nghiệp|công nghiệp TTCN|CN TTCN|CN TTTCN|CNTTCN|công nghiệp thủ công nghiệp|công nghiệp nông thôn|thủ công mỹ nghệ|TCMN|mỹ nghệ|thủ công|đồ thủ công|hàng thủ công|làng nghề|nghề truyền thống|làng nghề truyền thống',
  ],
  [
    ACTIVITY,
    CN,
    'chế biến|sơ chế|chế biến thực phẩm|chế biến thủy sản|chế biến thức ăn chăn nuôi|chế tác|gia công|cơ khí|cơ khí nhỏ|sửa chữa cơ khí|gò hàn|hàn xì|=rèn|=đúc|đúc đồng|điêu khắc|chạm khắc|khắc gỗ|=gốm|gốm sứ|sành sứ|làm gốm|dệt|dệt may|dệt thổ cẩm|thổ cẩm|dệt vải|dệt lụa|tơ lụa|=lụa|dệt chiếu|chiếu cói|=cói|may mặc|=may|may công nghiệp|may gia công|thêu|thêu ren|=đan|đan lát|mây tre|mây tre đan|tre đan|=mây|mây tre lá|đan len|nón lá|làm nón|=mộc|mộc dân dụng|đồ mộc|đồ gỗ|gỗ mỹ nghệ|sơn mài|khảm trai|kim khí|cơ điện|điện tử|linh kiện điện tử|chổi chít|chổi đót|đồ nội thất',
  ],
  [
    ACTIVITY,
    CN,
    'xay xát|xay xát lúa gạo|xay xát gạo|say xát|xát gạo|xay bột|làm bún|nấu rượu|giết mổ|giết mổ gia súc|giết mổ gia cầm|lò mổ|làm hương|ép dầu|in ấn|=in|khai thác cát|khai thác cát sỏi|khai thác sỏi|khai thác đá|khai thác khoáng sản|khai khoáng|khai thác mỏ|khai thác than|chế tác đá|sản xuất vật liệu xây dựng|sản xuất gạch|nung gạch|lò gạch',
  ],
  [
    PRODUCT,
    CN,
    '=bún|bún bánh|=bánh|bánh đa|bánh phở|bánh chưng|bánh kẹo|=miến|miến dong|đậu phụ|nước mắm|=mắm|rượu|rượu cần|rượu ngô|nước uống|nước đóng chai|nước đóng bình|nước tinh khiết|nước giải khát|nước đá|=sữa chua|giò chả|hương trầm|vàng mã|=giấy|giấy dó|bao bì|khoáng sản|cát sỏi|=cát|=sỏi|=đá|đá xây dựng|đá mỹ nghệ|vật liệu xây dựng|VLXD|gạch|gạch ngói|gạch không nung|=ngói|=vôi|xi măng|bê tông|cấu kiện bê tông|ống cống|nhôm kính|cửa nhôm|cửa sắt|đồ da|da giày|=giày|giày da|nhựa|tinh dầu|dầu ăn|=gỗ',
  ],

  [
    ACTIVITY,
    ['xay_dung'],
    'xây dựng|XD|xây lắp|xây dựng dân dụng|xây dựng công trình|xây dựng cơ bản|XDCB|xây dựng giao thông|xây dựng thủy lợi|xây dựng nông thôn|thi công|thi công xây dựng|thi công công trình|công trình|công trình giao thông|giao thông nông thôn|làm đường|cầu đường|san lấp|san lấp mặt bằng|san ủi|thợ nề|=nề|sửa chữa nhà|lắp đặt điện nước|điện nước dân dụng|lắp đặt|trang trí nội thất|nội thất|khảo sát thiết kế|tư vấn xây dựng|tư vấn thiết kế|giám sát công trình|nạo vét|đào đắp|bê tông hóa|kiên cố hóa kênh mương',
  ],

  // "Thương mại dịch vụ" written as one phrase is trade; "thương mại – dịch vụ" lists two sectors.
  [
    ACTIVITY,
    TM,
    'thương mại|TM|thương mại dịch vụ|TM DV|TMDV|thương mại tổng hợp|thương nghiệp|mậu dịch|kinh doanh thương mại|dịch vụ thương mại|buôn bán|mua bán|bán buôn|bán lẻ|bán hàng|bán hàng online|thương mại điện tử|cửa hàng|tạp hóa|cửa hàng tạp hóa|cửa hàng tiện lợi|siêu thị|đại lý|phân phối|thu mua|thu mua nông sản|xuất nhập khẩu|XNK|kinh doanh VLXD|kinh doanh vật liệu xây dựng|mua bán VLXD|mua bán vật liệu xây dựng|buôn bán vật liệu xây dựng|cửa hàng vật liệu xây dựng|HTX mua bán',
  ],
  [ACTIVITY, ['cong_nghiep', 'thuong_mai'], 'công thương'],
  [
    PRODUCT,
    TM,
    'xăng dầu|xăng|=dầu|cây xăng|gas|khí hóa lỏng|khí đốt|LPG|chất đốt|=than|than củi|hàng tiêu dùng|hàng hóa|tạp phẩm|bách hóa|điện máy|điện thoại|đồ điện|thiết bị điện|điện gia dụng|đồ gia dụng|sắt thép|vật tư tổng hợp|dược phẩm|thuốc tân dược|nhà thuốc|kim khí điện máy|văn phòng phẩm',
  ],

  [
    ACTIVITY,
    ['van_tai'],
    'vận tải|VT|GTVT|giao thông vận tải|giao thông|dịch vụ vận tải|vận tải hàng hóa|vận tải hành khách|vận tải khách|vận tải thủy|vận tải đường thủy|vận tải đường bộ|vận tải đường sông|vận chuyển|vận chuyển hàng hóa|vận chuyển hành khách|chở khách|chở hàng|hành khách|xe khách|taxi|xe taxi|xe buýt|xe bus|buýt|xe ôm|xích lô|xe điện|xe điện du lịch|xe du lịch|xe tải|xe công nông|=đò|đò ngang|đò dọc|bến đò|=phà|bến phà|bến xe|bến bãi|bến thủy|bốc xếp|bốc dỡ|bốc vác|kho bãi|kho vận|logistics|giao nhận|chuyển phát|giao hàng|cứu hộ giao thông|đưa đón|đưa đón học sinh|trông giữ xe|giữ xe|bãi đỗ xe|đậu xe|bãi đậu xe',
  ],

  // Điện and nước sạch: "điện" alone is matched with its accent (folded "dien" is also diện, diễn).
  [
    ACTIVITY,
    ['dien'],
    '=điện|điện năng|điện nông thôn|điện sinh hoạt|điện lực|điện dân dụng|kinh doanh điện|kinh doanh điện năng|kinh doanh bán lẻ điện|bán lẻ điện|dịch vụ điện|dịch vụ điện năng|quản lý điện|quản lý điện nông thôn|phân phối điện|bán điện|lưới điện|lưới điện hạ thế|điện hạ thế|thủy điện|thủy điện nhỏ|điện mặt trời|năng lượng mặt trời|điện gió|năng lượng|năng lượng tái tạo|điện sinh khối|biogas|khí sinh học',
  ],
  [ACTIVITY, ['dien', 'nuoc_sach'], 'điện nước|dịch vụ điện nước|kinh doanh điện nước|quản lý điện nước'],
  [
    ACTIVITY,
    ['nuoc_sach'],
    'nước sạch|cấp nước|cấp nước sạch|cấp nước sinh hoạt|nước sinh hoạt|cung cấp nước sạch|cung cấp nước|dịch vụ nước sạch|dịch vụ cấp nước|kinh doanh nước sạch|quản lý nước sạch|nước sạch nông thôn|nước sạch sinh hoạt|công trình nước sạch|công trình cấp nước|nhà máy nước|trạm cấp nước|cấp thoát nước|nước máy|sản xuất nước sạch|khai thác nước',
  ],
  [PRODUCT, ['nuoc_sach'], 'nước'],

  [
    ACTIVITY,
    ['moi_truong'],
    'môi trường|MT|VSMT|vệ sinh môi trường|dịch vụ môi trường|dịch vụ vệ sinh môi trường|bảo vệ môi trường|môi trường đô thị|thu gom rác|thu gom rác thải|thu gom chất thải|rác|rác thải|rác thải sinh hoạt|xử lý rác|xử lý rác thải|chất thải|xử lý chất thải|thu gom vận chuyển rác|vận chuyển rác|vận chuyển rác thải|vệ sinh|vệ sinh công cộng|vệ sinh đô thị|quét dọn|quét rác|thoát nước|nước thải|xử lý nước thải|phế liệu|thu mua phế liệu|tái chế|tái chế phế liệu|cây xanh|cây xanh đô thị|chăm sóc cây xanh|công viên',
  ],

  [
    ACTIVITY,
    ['du_lich'],
    'du lịch|DL|dịch vụ du lịch|du lịch cộng đồng|du lịch sinh thái|du lịch trải nghiệm|du lịch nông nghiệp|du lịch nông thôn|du lịch văn hóa|du lịch tâm linh|du lịch làng nghề|lữ hành|homestay|home stay|farmstay|lưu trú|dịch vụ lưu trú|nhà nghỉ|nhà nghỉ cộng đồng|khách sạn|nhà sàn|điểm du lịch|khu du lịch|tham quan|trải nghiệm|hướng dẫn viên|hướng dẫn du lịch|resort|glamping|cắm trại|camping|nông trại giáo dục',
  ],

  [
    ACTIVITY,
    ['tin_dung'],
    'tín dụng|quỹ tín dụng|quỹ tín dụng nhân dân|QTDND|quỹ TDND|TDND|tín dụng nhân dân|tín dụng nội bộ|tài chính vi mô|tài chính|cho vay|cho vay vốn|vay vốn|tiết kiệm|huy động vốn|huy động tiết kiệm|ngân hàng|ngân hàng HTX|bảo hiểm|góp vốn xoay vòng',
  ],

  [
    ACTIVITY,
    ['nha_o'],
    'nhà ở|phát triển nhà|phát triển nhà ở|xây dựng nhà ở|kinh doanh nhà ở|quản lý nhà ở|quản lý nhà|nhà chung cư|chung cư|quản lý chung cư|quản lý vận hành nhà chung cư|nhà ở xã hội|bất động sản|kinh doanh bất động sản|cho thuê nhà|nhà trọ|phòng trọ|cho thuê phòng trọ|nhà ở cho thuê',
  ],

  // Dịch vụ khác: services that belong to no sector above.
  [
    ACTIVITY,
    DV,
    'dọn dẹp|dọn vệ sinh|vệ sinh công nghiệp|vệ sinh nhà cửa|giúp việc|giúp việc gia đình|mai táng|dịch vụ mai táng|tang lễ|dịch vụ tang lễ|nghĩa trang|quản lý nghĩa trang|=chợ|quản lý chợ|kinh doanh chợ|ban quản lý chợ|dịch vụ chợ|quản lý khai thác chợ|ăn uống|dịch vụ ăn uống|nhà hàng|ẩm thực|nấu ăn|nấu cỗ|cưới hỏi|dịch vụ cưới hỏi|tiệc cưới|tổ chức sự kiện|sự kiện|cho thuê|cho thuê bàn ghế|rạp cưới|bảo vệ|dịch vụ bảo vệ|môi giới|giới thiệu việc làm|việc làm|xuất khẩu lao động|cung ứng lao động|đào tạo|đào tạo nghề|dạy nghề|giáo dục|mầm non|trông trẻ|nhóm trẻ|y tế|chăm sóc sức khỏe|khám chữa bệnh|xoa bóp|massage|cắt tóc|gội đầu|làm đẹp|giặt là|giặt ủi|sửa chữa|sửa chữa xe máy|sửa chữa ô tô|rửa xe|bảo dưỡng|bưu chính|viễn thông|internet|tin học|thông tin|photocopy|quảng cáo|tư vấn|kế toán|dịch vụ kế toán|karaoke|văn hóa|nghệ thuật|biểu diễn|biểu diễn nghệ thuật|văn nghệ|thể thao|bóng đá|công nghệ thông tin|vui chơi giải trí|giải trí|cho thuê máy|cho thuê thiết bị|nhiếp ảnh|chụp ảnh',
  ],
  [
    GENERIC,
    DV,
    'dịch vụ|DV|DVTH|dịch vụ tổng hợp|dịch vụ khác|các dịch vụ khác|dịch vụ chung|kinh doanh dịch vụ|cung ứng dịch vụ|dịch vụ cho thành viên|phục vụ',
  ],
  // "Khác" written as a sector stays beside others ("Nông nghiệp; Khác"). "Tổng hợp", "đa ngành" say several
  // sectors without naming one: 'khac' only when the cell names no sector at all.
  [GENERIC, ['khac'], '=khác|lĩnh vực khác|ngành khác|ngành nghề khác|các ngành nghề khác'],
  [
    GENERIC,
    ['khac'],
    'tổng hợp|kinh doanh tổng hợp|KDTH|đa ngành|đa ngành nghề|đa lĩnh vực|đa dạng|hỗn hợp|nhiều ngành nghề|nhiều lĩnh vực',
    'vague',
  ],

  // Words around the sector that name none: verbs, the organization's own type, "HTX phi nông nghiệp",
  // "diện tích" (not điện).
  [
    FILLER,
    NONE,
    'sản xuất|SX|kinh doanh|KD|khai thác|SXKD|sản xuất kinh doanh|SX KD|hoạt động|lĩnh vực|ngành|ngành nghề|=nghề|ngành nghề kinh doanh|hợp tác xã|HTX|tổ hợp tác|THT|liên hiệp|LHHTX|=các|các loại|=loại|cung ứng|cung cấp|tiêu thụ|bao tiêu|bao tiêu sản phẩm|sản phẩm|SP|thành viên|cho thành viên|=cho|=của|chủ yếu|=chính|phi nông nghiệp|diện tích|kiểu mới|=mới|quy mô|liên kết|chuỗi liên kết|chuỗi giá trị|liên kết chuỗi|xuất khẩu|tạo việc làm|=theo|theo hướng|tiêu chuẩn|=an toàn|=sạch|=hàng|=có|=với|kết hợp|=cùng|địa bàn|trên địa bàn|=tại|thu gom|quản lý|vận hành|quản lý vận hành|điều hành|cá nhân|công nghệ|giấy phép|giấy tờ|=xã|=thôn|=bản|người dân',
  ],
];

/**
 * Category names that contain the splitters themselves ("nông, lâm, thủy sản", "Công nghiệp – TTCN"): their
 * words stay one piece across commas, dashes, slashes and "và", not across ";" or a line break.
 */
const COMPOUNDS: ReadonlyArray<readonly string[]> = [
  'nông lâm ngư diêm nghiệp',
  'nông lâm ngư nghiệp',
  'nông lâm nghiệp thủy sản',
  'nông lâm thủy sản',
  'nông lâm ngư diêm',
  'nông lâm ngư',
  'nông lâm nghiệp',
  'nông lâm',
  'nông ngư nghiệp',
  'nông ngư',
  'công nghiệp tiểu thủ công nghiệp',
  'công nghiệp thủ công nghiệp',
  'công nghiệp TTCN',
  'CN TTCN',
  'CN TTTCN',
].map((c) => sectorKey(c).split(' '));

/** The folded key of a piece: "Nuôi  cá lồng," → "nuoi ca long". The key of `learned` and of grouping. */
export function sectorKey(piece: string): string {
  return foldVietnamese(piece)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Entry {
  rank: Rank;
  vague: boolean;
  codes: readonly Sector[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const exactKey = (phrase: string): string => (phrase.normalize('NFC').toLowerCase().match(WORD) ?? []).join(' ');

/** Folded and accented phrase → entry; the first row that lists a phrase keeps it. */
function compile(): { folded: Map<string, Entry>; exact: Map<string, Entry>; maxWords: number } {
  const folded = new Map<string, Entry>();
  const exact = new Map<string, Entry>();
  let maxWords = 1;
  for (const [rank, codes, phrases, vague] of LEXICON) {
    for (const phrase of phrases.split('|')) {
      const isExact = phrase.startsWith('=');
      const key = isExact ? exactKey(phrase.slice(1)) : sectorKey(phrase);
      const map = isExact ? exact : folded;
      if (!map.has(key)) map.set(key, { rank, codes, vague: vague === 'vague' });
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { folded, exact, maxWords };
}
const { folded: FOLDED, exact: EXACT, maxWords: MAX_WORDS } = compile();

/** A word of the cell: where it is, folded, and lower-cased with its accents. */
interface Word {
  start: number;
  end: number;
  folded: string;
  exact: string;
}

/** What separates a word from the next: nothing but spaces, a splitter, or a hard break (";", line). */
type Gap = 'space' | 'split' | 'hard';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** "A. ", "II. ", "1.2) ", "b) " starting the cell, a line or a ";"-part: list numbering, not text. */
const LIST_MARKER = /(^|[;\n])([ \t]*)(?:[a-zđ]|[ivxlc]{1,5}|\d{1,3}(?:\.\d{1,3})*)[.)][ \t]+/giu;
const BREAK_WORDS: ReadonlySet<string> = new Set(['và', 'va', 'hoặc', 'hoac']);

function gapOf(between: string): Gap {
  if (/[;\n\r()[\]{}]/.test(between)) return 'hard';
  if (/[,/+&|.:\-–—‐‑•·]/.test(between)) return 'split';
  return 'space';
}

function tokenize(text: string): { words: Word[]; gaps: Gap[] } {
  const words: Word[] = [];
  const gaps: Gap[] = [];
  let pendingBreak = false;
  for (const m of text.matchAll(WORD)) {
    const exact = m[0].toLowerCase();
    const start = m.index;
    if (BREAK_WORDS.has(exact)) {
      pendingBreak = words.length > 0;
      continue;
    }
    const folded = foldVietnamese(m[0]);
    // A combining mark left alone (no letter before it) is no word.
    if (folded === '') continue;
    const last = words.at(-1);
    if (last !== undefined) {
      const gap = gapOf(text.slice(last.end, start));
      gaps.push(pendingBreak && gap === 'space' ? 'split' : gap);
    }
    pendingBreak = false;
    words.push({ start, end: start + m[0].length, folded, exact });
  }
  return { words, gaps };
}

/** Marks the gaps inside category names as spaces, so the name stays one piece. */
function joinCompounds(words: readonly Word[], gaps: Gap[]): void {
  for (let i = 0; i < words.length; i++) {
    for (const compound of COMPOUNDS) {
      const fits = compound.every((w, k) => words[i + k]?.folded === w && (k === 0 || gaps[i + k - 1] !== 'hard'));
      if (!fits) continue;
      for (let k = 0; k < compound.length - 1; k++) gaps[i + k] = 'space';
      i += compound.length - 1;
      break;
    }
  }
}

interface Piece {
  raw: string;
  key: string;
  codes: Sector[];
  /** Codes of the products named, for a neighbouring piece of fillers only. */
  products: Sector[];
  fillerOnly: boolean;
  /** Names 'khac' itself ("Khác"), not only by a vague "tổng hợp". */
  otherNamed: boolean;
}

function addUnique<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) if (!into.includes(item)) into.push(item);
}

/** Longest phrase first, left to right; accented phrases win over folded ones of the same length. */
function readPiece(text: string, words: readonly Word[], learned: ReadonlyMap<string, readonly Sector[]> | undefined): Piece {
  const first = words[0];
  const last = words.at(-1);
  const raw = first === undefined || last === undefined ? '' : text.slice(first.start, last.end);
  const key = sectorKey(raw);
  const known = learned?.get(key);
  if (known !== undefined)
    return { raw, key, codes: [...new Set(known)], products: [], fillerOnly: false, otherNamed: known.includes('khac') };
  const found: Entry[] = [];
  let unmatched = false;
  for (let i = 0; i < words.length;) {
    let hit: { entry: Entry; length: number } | undefined;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && hit === undefined; n--) {
      const span = words.slice(i, i + n);
      const entry = EXACT.get(span.map((w) => w.exact).join(' ')) ?? FOLDED.get(span.map((w) => w.folded).join(' '));
      if (entry !== undefined) hit = { entry, length: n };
    }
    if (hit === undefined) {
      unmatched = true;
      i++;
    } else {
      found.push(hit.entry);
      i += hit.length;
    }
  }
  const top = Math.max(FILLER, ...found.map((e) => e.rank));
  const codes: Sector[] = [];
  const products: Sector[] = [];
  for (const e of found) {
    if (top > FILLER && e.rank === top) addUnique(codes, e.codes);
    if (e.rank === PRODUCT) addUnique(products, e.codes);
  }
  const otherNamed = found.some((e) => e.rank === top && !e.vague && e.codes.includes('khac'));
  return { raw, key, codes, products, fillerOnly: found.length > 0 && !unmatched && top === FILLER, otherNamed };
}

function splitPieces(text: string, learned: ReadonlyMap<string, readonly Sector[]> | undefined): Piece[] {
  const { words, gaps } = tokenize(text);
  joinCompounds(words, gaps);
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (i === words.length - 1 || gaps[i] !== 'space') {
      pieces.push(readPiece(text, words.slice(from, i + 1), learned));
      from = i + 1;
    }
  }
  return pieces;
}

/** The products of the nearest piece that is not fillers only, looking ahead first: "Sản xuất, kinh doanh chè". */
function borrowedProducts(pieces: readonly Piece[], at: number): Sector[] {
  for (const step of [1, -1]) {
    for (let j = at + step; j >= 0 && j < pieces.length; j += step) {
      const p = pieces[j];
      if (p !== undefined && !p.fillerOnly) {
        if (p.products.length > 0) return p.products;
        break;
      }
    }
  }
  return [];
}

/**
 * Sector codes a cell names, in order of appearance without repeats, and the pieces that name none (as
 * written, NFC). `learned` (folded piece → codes the clerk chose before, see sectorKey) wins over the
 * lexicon, for the whole cell or for a piece. Never throws.
 */
export function classifySectors(text: string, learned?: ReadonlyMap<string, readonly Sector[]>): SectorReading {
  const clean = text.normalize('NFC').replace(INVISIBLE, '').replace(LIST_MARKER, '$1$2');
  const whole = learned?.get(sectorKey(clean));
  if (whole !== undefined) return { codes: [...new Set(whole)], unknown: [] };
  const pieces = splitPieces(clean, learned);
  const codes: Sector[] = [];
  const idle = new Set<Piece>();
  pieces.forEach((p, i) => {
    const borrowed = p.fillerOnly ? borrowedProducts(pieces, i) : p.codes;
    if (p.fillerOnly && borrowed.length === 0) idle.add(p);
    addUnique(codes, borrowed);
  });
  // Verbs alone ("Sản xuất, kinh doanh") say nothing: unknown when the cell names no sector either.
  const unknown = new Map<string, string>();
  for (const p of pieces) {
    const named = p.codes.length > 0 || p.fillerOnly || learned?.has(p.key) === true;
    if ((!named || (idle.has(p) && codes.length === 0)) && !unknown.has(p.key || p.raw)) unknown.set(p.key || p.raw, p.raw);
  }
  const named = codes.length > 1 && !pieces.some((p) => p.otherNamed) ? codes.filter((c) => c !== 'khac') : codes;
  return { codes: named, unknown: [...unknown.values()] };
}
