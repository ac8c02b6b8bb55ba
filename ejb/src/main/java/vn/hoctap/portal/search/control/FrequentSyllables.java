package vn.hoctap.portal.search.control;

import java.util.HashMap;
import java.util.Map;

/**
 * The most frequent Vietnamese syllables in folded spelling, most frequent first: everyday function
 * words, then the vocabulary of ward plans, guidance letters and learning materials. The OCR repair
 * uses the rank to choose between several valid repairs ("h9c" could be hoc or hgc; 16p only
 * becomes lop because lop is frequent) — a short list is enough, it only breaks ties.
 */
final class FrequentSyllables {

    private static final String LIST = """
            va cua cac co la nguoi trong duoc cho khong mot nhung voi da nay hoc cong
            tai de ve nam so theo tren tu dan hien thuc ke hoach giao duc tap lop xa phuong
            tao dao chu xoa mu ky nang song doi gia dinh dong ho tam trung thanh pho quan huyen
            uy ban nhan thong tin bao cao chi tieu muc tieu nhiem vu giai doan muc do biet tuoi
            suc khoe phap luat nong nghiep so lieu dieu tra phat trien xay dung hoi khuyen
            truong tieu hoc sinh vien giao chuong trinh tai lieu bai giang hoc lieu mo dien tu
            phu nu tre em nguoi lon cao tuoi khuyet tat lao dong viec lam nghe ngoai ngu tieng anh
            viet doc sach van hoa tuan le huong ung suot doi ngay thang quy nhu khi neu thi
            ma nen vi sao bang hay rat nhieu it hon nhat tot moi cung tat ca nhom to thon
            can phai su dung cach lam gi ai dau bao nhieu the nao may tinh mang internet dien thoai
            an uong nuoc sach benh phong chong dich tiem vac xin ve sinh moi truong rac thai
            trong cay lua rau chan nuoi ga lon bo ca tom ky thuat giong phan bon thuoc
            tien tiet kiem ngan hang vay von kinh doanh buon ban thi truong gia ca san pham
            quyen nghia vu cong dan hien phap hon nhan giao thong an toan bao luc phong ngua
            ket qua danh gia kiem tra cong nhan dat chuan chung chi bang khen thuong
            ho so danh sach diem danh lich hoc buoi sang chieu toi thu hai ba tu nam sau bay
            chu nhat gio phut dia chi so dien thoai lien he dang ky mien phi
            """;

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        String[] words = LIST.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            RANK.putIfAbsent(words[i], i);
        }
    }

    private FrequentSyllables() {
    }

    /** @return the rank (0 = most frequent), or -1 when the syllable is not on the list */
    static int rank(String folded) {
        return RANK.getOrDefault(folded, -1);
    }
}
