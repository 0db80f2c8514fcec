//! The vocabulary of generated scorecards, in the words of the PAR Index documents.

use super::Prng;

/// The eight fields (lĩnh vực) of the provincial PAR Index.
pub const FIELDS: &[&str] = &[
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy",
    "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    "Đổi mới cơ chế quản lý tài chính công",
    "Hiện đại hóa hành chính",
    "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
];

/// Lead agencies (đơn vị chủ trì) as the seed's plan names them.
pub const AGENCIES: &[&str] = &[
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Thông tin và Truyền thông",
    "Văn phòng ĐDBQH, HĐND&UBND",
    "Sở Khoa học và Công nghệ",
    "Sở Lao động - Thương binh và Xã hội",
    "Thanh tra tỉnh",
    "UBND các huyện, thị xã, thành phố",
];

pub const PARTNERS: &[&str] = &[
    "Các sở, ban, ngành tỉnh",
    "Các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố",
    "UBND cấp huyện, cấp xã",
    "Sở Nội vụ",
    "Bưu điện tỉnh",
];

const SUBJECTS: &[&str] = &[
    "Tỷ lệ hồ sơ TTHC",
    "Tỷ lệ văn bản",
    "Tỷ lệ cơ quan, đơn vị",
    "Kết quả",
    "Mức độ hoàn thành",
    "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4",
    "Tỷ lệ công chức, viên chức",
    "Việc thực hiện",
];

const OBJECTS: &[&str] = &[
    "giải quyết đúng hạn",
    "công khai đầy đủ, kịp thời",
    "được kiểm tra, rà soát",
    "theo đúng vị trí việc làm được phê duyệt",
    "có phát sinh hồ sơ trực tuyến",
    "kế hoạch CCHC năm",
    "xử lý các vấn đề phát hiện qua kiểm tra",
    "được đánh giá, phân loại",
];

const LEVELS: &[&str] = &[
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "các cơ quan chuyên môn thuộc UBND tỉnh",
    "các đơn vị sự nghiệp",
];

const VERBS: &[&str] = &[
    "Tham mưu UBND tỉnh",
    "Tổ chức kiểm tra,",
    "Thường xuyên rà soát,",
    "Chỉ đạo",
    "Hướng dẫn và đôn đốc",
];

const QUARTERS: &[&str] = &["I", "II", "III", "IV"];

/// A criterion's name, e.g. "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn cấp huyện".
pub fn criterion(rng: &mut Prng) -> String {
    format!(
        "{} {} {}",
        rng.pick(SUBJECTS),
        rng.pick(OBJECTS),
        rng.pick(LEVELS)
    )
}

/// A plan's task (nội dung).
pub fn task(rng: &mut Prng) -> String {
    format!(
        "{} {} {}",
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(LEVELS)
    )
}

/// A deadline as plans write them: "Quý IV năm …", "Năm …", "Tháng 10/…", for `year`.
pub fn deadline(year: i32, rng: &mut Prng) -> String {
    match rng.below(5) {
        0 | 1 => format!("Quý {} năm {year}", rng.pick(QUARTERS)),
        2 => format!("Năm {year}"),
        3 => format!("Tháng {}/{year}", rng.range(7, 13)),
        _ => format!("Năm {year} tiếp tục duy trì thực hiện"),
    }
}
