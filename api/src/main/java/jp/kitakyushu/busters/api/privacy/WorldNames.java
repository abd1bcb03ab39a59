package jp.kitakyushu.busters.api.privacy;

import java.util.Set;

/**
 * Common given names and family names of the countries most foreign residents of
 * Kitakyushu come from (Vietnam, the Philippines, Nepal, Indonesia, Brazil, India, Sri
 * Lanka, Myanmar), in the Latin spelling they use in Japan: their names have three or
 * four parts, and knowing one is what lets the others be found.
 *
 * <p>
 * General frequency lists written from common knowledge, not from any corpus here. Words
 * that are also English words (Long, Van, Hung, Nam, Rose) are left out: they join a name
 * only next to a known part.
 */
final class WorldNames {

	private WorldNames() {
	}

	static final Set<String> GIVEN_NAMES = WordLists
		.of("""
				Anh Minh Duc Thi Thu Hoa Lan Linh Mai Trang Ngoc Huong Tuan Quang Thanh Hai Dung Phuong Hanh Hien Khanh Bich
				Hieu Hoang Huy Khoa Kiet Loan Nhung Oanh Quynh Tam Thao Thuy Trinh Tuyet Uyen Vy Yen Dat Hoai Cuong Dinh Hau
				Jessa Angelica Cristina Luisa Rosario Marites Maricel Rommel Jericho Jomar Arnel Reynaldo Rodel Rowena Jocelyn
				Maricar Lorna Imelda Rogelio Danilo Ernesto Florencia Teodoro Wilfredo Analyn Mylene
				Ram Bishnu Prasad Krishna Sita Gita Anjali Bikash Bikas Suman Sunil Ramesh Bahadur Kumari Sabina Sarita Sunita Binod
				Dipak Deepak Santosh Prakash Rajesh Ganesh Hari Gopal Laxmi Lakshmi Sushila Puja Pooja Manisha Anita Nirmala
				Rahul Amit Priya Sanjay Vijay Neha Anil Suresh Arun Vikram Kavya Aarav Ananya Divya Rohit Sachin Sneha Ishaan
				Putri Dewi Budi Agus Siti Wahyu Rizky Fitri Indah Ayu Eko Joko Sri Nur Dian Rina Yusuf Hendra Adi
				Joao Pedro Lucas Gabriel Rafael Mateus Thiago Gustavo Henrique Felipe Bruno Vinicius Larissa Camila Fernanda
				Juliana Beatriz Leticia Mariana Gabriela Luana Rodrigo Leonardo Eduardo Marcelo Fabio Renata Patricia Tatiana
				Kyaw Aung Htet Thandar Zaw Nyein Phyo Thiri Myat Hnin Chathura Nuwan Kasun Dilani Nimali
				""");

	static final Set<String> SURNAMES = WordLists.of("""
			Nguyen Tran Le Pham Hoang Huynh Phan Vo Dang Bui Ngo Duong Ly Truong Dinh Doan Lam Mai Trinh Luong Cao Chau
			Bautista Reyes Ramos Mendoza Aquino Villanueva Castillo Navarro Soriano Manalo Pascual Dizon Mercado Aguilar
			Tolentino Gonzales Santiago Valdez Salazar Domingo Marquez Lopez Delos Macaraeg Panganiban Magbanua
			Gurung Tamang Thapa Magar Rai Limbu Shrestha Adhikari Karki Bhandari Poudel Paudel Bhattarai Khadka Basnet
			Pokharel Ghimire Acharya Koirala Shah Sherpa Lama Thakuri Chaudhary Yadav Maharjan Dahal
			Souza Lima Alves Ribeiro Carvalho Gomes Martins Araujo Rocha Barbosa Cardoso Nascimento Moreira Teixeira
			Correia Mendes Nunes Vieira Monteiro Cavalcanti Dias Freitas Pinto Barros
			Reddy Iyer Menon Das Joshi Rao Verma Mishra Chopra Pillai Banerjee Chatterjee Mukherjee Agarwal Desai Kapoor
			Saputra Wijaya Santoso Hidayat Kusuma Pratama Setiawan Nugroho Susanto Gunawan Halim
			Perera Fernando Silva Jayasinghe Bandara Wickramasinghe Rajapaksa Dissanayake
			""");

}
