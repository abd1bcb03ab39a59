package jp.kitakyushu.busters.api.privacy;

import java.util.Set;

/**
 * More given names and surnames in Latin letters, of the many origins residents and
 * visitors of a port city have (English-speaking countries, Europe, Latin America, Korea
 * and China in romanisation, the Arab world, Africa, Central Asia), and Japanese given
 * names in romaji beyond the most common: a name without a cue is found only when a part
 * of it is known.
 *
 * <p>
 * General frequency lists written from common knowledge, not from any corpus here. Words
 * that are also common English words (Will, Hope, Long, Young, Bill, Mark as a verb
 * start) or months are left out.
 */
final class MoreLatinNames {

	private MoreLatinNames() {
	}

	static final Set<String> GIVEN_NAMES = WordLists
		.of("""
							Caroline Catherine Katherine Kathryn Kate Katie Kat Jess Jessie Jenny Jen Becky Beth Liz Lizzie Maggie Meg
							Molly Polly Annie Ana Anne Anna Hannah Nadine Nadia Natasha Tatiana Svetlana Olga Irina Ekaterina Yekaterina
							Anastasia Daria Darya Ksenia Yulia Julia Alina Polina Marina Galina Lyudmila Tamara Vera Valentina Oksana
							Aleksandr Alexandr Aleksei Alexei Alexey Dmitry Dmitriy Mikhail Sergey Andrey Vladimir Yuri Yury Pavel Oleg
							Igor Boris Maxim Artem Artyom Denis Anton Evgeny Konstantin Viktor Grigory Kirill Nikita Timur Rustam
							Bakhyt Aibek Azamat Nurlan Dilnoza Gulnara Madina Zarina Kamila Aziz Farrukh Bekzod Jasur Sardor Shakhzod
							Jakub Kacper Michal Marcin Krzysztof Pawel Agnieszka Katarzyna Magdalena Malgorzata Zofia Joanna Ewa Monika
							Lukas Jonas Felix Maximilian Moritz Niklas Tobias Florian Sebastian Johannes Jan Jens Uwe Dieter Jurgen Heike
							Ursula Sabine Petra Katrin Anja Silke Birgit Greta Lena Leonie Hanna Mila Frieda Emil Anton Paul Elias
							Lucia Lucie Luz Marta Pilar Carmen Dolores Rosa Isabel Ines Ximena Valeria Valentina Camila Daniela Gabriela
							Alejandra Adriana Paola Fernanda Guadalupe Josefina Esperanza Soledad Consuelo Alicia Beatriz Raquel Elena
							Antonio Manuel Francisco Jesus Alejandro Fernando Sergio Jorge Alberto Ricardo Roberto Eduardo Enrique Ramon
							Andres Mateo Santiago Sebastian Nicolas Emilio Joaquin Ignacio Rodrigo Cristian Mauricio Hector Raul Oscar
							Julio Cesar Rafael Guillermo Gonzalo Alvaro Arturo Esteban Agustin Tomas Benjamin Facundo Lautaro Thiago
							Francesca Giulia Chiara Alessandra Federica Martina Giorgia Sara Silvia Valentina Elisa Alessia Ilaria
							Alessandro Lorenzo Leonardo Andrea Francesco Giuseppe Riccardo Davide Federico Stefano Simone Massimo Fabio
							Camille Manon Chloe Lea Ines Louise Margaux Juliette Amelie Elodie Celine Sandrine Nathalie Isabelle
							Sylvie Veronique Mathieu Julien Nicolas Guillaume Thibault Maxime Antoine Baptiste Clement Olivier Laurent
							Francois Benoit Yannick Cedric Sebastien Jerome Frederic Vincent Thierry Pascal
							Minjun Minji Jiwoo Jiho Seojun Seoyeon Hayoon Jiyeon Jihoon Junho Hyunwoo Donghyun Sungmin Youngho Jinho
							Seungho Eunji Soyeon Soyoung Hyejin Yuna Yoona Jisoo Jimin Taeyang Sooyoung Minseo Dahye Yejin Hana Sumin
							Jihye Eunbi Seonghun Sanghoon Kyungsoo Jaehyun Jaewon Hyunjin Hyeonjin Sooah
							Wei Ming Hao Jie Lei Yan Ying Xin Yu Qing Hui Jing Lan Mei Fang Yun Li Xiao Xiaoming Xiaohong Jian Jun Tao
							Chen Hong Ling Ping Qiang Rui Shu Ting Wen Xia Yong Zhen Zhi Zhiwei Haoran Yichen Zihan Yuxuan
							Muhammad Mohammad Mohamed Mohammed Ahmad Ahmed Abdullah Abdul Abdulrahman Ali Hassan Hussein Hussain Omar
							Umar Khalid Khaled Yousef Youssef Yusuf Ibrahim Ismail Mustafa Mahmoud Tariq Karim Samir Nabil Rashid Hamza
							Bilal Imran Faisal Walid Anas Amir Amira Aisha Ayesha Fatima Fatema Zahra Zainab Maryam Mariam Khadija
							Noor Nour Leila Layla Yasmin Yasmine Salma Huda Hana Rania Dina Lina Samira Farah Sara Amal Mona Rana
							Chinedu Chukwuemeka Emeka Ngozi Chioma Adaeze Oluwaseun Seun Tunde Ayodele Folake Kemi Bukola Femi Yemi
							Kwame Kofi Kwabena Ama Akosua Abena Yaw Kojo Amara Aminata Fatoumata Mamadou Moussa Ibrahima Oumar Awa
							Themba Sipho Thabo Lerato Nomvula Zanele Lindiwe Bongani Tendai Tatenda Chipo Wanjiru Wanjiku Kamau Njeri
							Otieno Achieng Akinyi Omondi Abebe Tigist Dawit Selam Hiwot Mekdes Yohannes
							Aarav Anitha Anil Deepa Deepika Geeta Gita Harish Jyoti Kiran Lakshmi Lalitha Madhu Meena Mohan Nisha
							Padma Pooja Radha Rajesh Ramya Revathi Sangeeta Shanti Shreya Srinivas Sudha Swati Uma Usha Vani Venkat
							Vidya Vijay Vinod Anand Arvind Ashok Balaji Ganesh Girish Karthik Krishnan Manoj Murali Naveen Prakash Pradeep
							Raghav Rakesh Ramesh Sandeep Sanjay Sathish Senthil Sridhar Subramanian Suresh Venkatesh Vivek
							Jacob Jake Josh Joe Joey Jon Johnny Jonny Danny Tommy Timmy Bobby Billy Charlie Ollie Alfie Jack
							Ethan Lachlan Hamish Angus Fergus Declan Conor Connor Liam Sean Shane Niall Cian Eoin Ciaran Padraig
							Aiden Aidan Brendan Kieran Ronan Oisin Caoimhe Aoife Niamh Saoirse Roisin Orla Grainne Sinead Mairead
							Emma Amelia Evelyn Abigail Emily Ella Elizabeth Camila Sofia Mila Aria Scarlett Penelope
							Layla Chloe Victoria Madison Eleanor Nora Zoey Hazel Savannah Audrey Bella Claire
							Skylar Lucy Everly Caroline Emilia Kennedy Maya Kinsley Naomi Aaliyah Elena
							Ariana Allison Gabriella Alice Madelyn Cora Ruby Eva Adeline Hailey Gianna Valentina Isla
							Eliana Nevaeh Sadie Piper Lydia Alexa Josephine Emery Julia Delilah Arianna Vivian Kaylee Sophie
							Brielle Madeline Peyton Rylee Clara Hadley Melanie Mackenzie Reagan Adalynn Liliana Aubree Katherine
							Isabelle Natalie Raelynn Maria Ximena Arya Leilani Rose Kylie Alexandra Mary Margaret
							Lyla Ashley Amaya Eliza Brianna Andrea Khloe Jasmine Iris Isabel Norah Annabelle Valeria
							Emerson Adalyn Ryleigh Emersyn Anastasia Kayla Alyssa Juliana Charlie Esther Ariel Cecilia Valerie
							Alina Molly Aliyah Lilly Finley Jordyn Eloise Kimberly Lauren
							Genevieve Sara Arabella Elise Remi Teagan Alexis Sloane Laila Lucia Diana Juliette Sienna
							Elliana Londyn Callie Gracie Josie Amara Jocelyn Daniela Everleigh Mya Rachel Alana
							Mckenzie Catalina Fiona Gemma Heidi Imogen Jemima Kirsten Lorna Marnie Morag Nicola Philippa Rhiannon
							Rosalind Sian Tamsin Wendy Yvonne Yvette Zara Zoe Agnes Beryl Doreen Edith Enid Ethel Gladys Hilda Irene
							Joan Mabel Maureen Muriel Pauline Sheila Sylvia Vera Winifred Brenda Gwen Gwendolyn Ingrid Kirsty
							Aiden Alec Alistair Barry Bernard Brett Calvin Cameron Cedric Clarence Clifford Clive Cody
							Colin Curtis Damian Darren Derek Desmond Dominic Duncan Dustin Edgar Edmund Elliot Elliott Ernest
							Everett Felix Floyd Francis Frederick Geoffrey Gilbert Glenn Gordon Herbert Howard Hugo Ivan
							Jared Jasper Jeffery Jerome Joel Julian Kurt Lee Leon Leonard Lewis Lionel Lloyd Malcolm Marcus Marvin
							Maurice Milton Mitchell Nathaniel Neville Nigel Norman Percy Phillip Quentin Reginald Rodney
							Rufus Rupert Seth Sidney Silas Stanley Terence Theodore Travis Trevor Vernon Wallace Warren
							Wesley Wilfred Xavier Zachary Zane Levi Ezra Isaac Isaiah Caleb Grayson Jaxon Asher
							Jayden Easton Landon Mateo Axel Declan Ryder Brody Colton Emmett Harrison Jonah Micah
							Nolan Rowan Tristan Wyatt Brady Bryce Damon Dante Dawson Elias Emmanuel Enzo Gideon Graham
							Jace Jude Kaden Knox Luca Marco Maddox Nico Omar Ronan Theo
							Bernadette Constance Gertrude Henrietta Lavinia Rosemary Prudence Cordelia Ottilie Octavia Persephone
							Rina Rei Ryoko Reina Rumi Sae Saya Sayuri Shoko Tamaki Yoshimi Yukiko Yukie Yukino Fumie Chika Chiaki
							Chiyo Chiyoko Hatsue Haruko Haruna Hisako Kayo Kazue Kimiko Kinuyo Kiyomi Mayuko Mieko Mina Mineko Misako
							Mitsue Miyuki Nanami Natsumi Nobue Reika Ritsuko Ryoka Sachie Sadako Sakiko Satomi Shizue Sumiko Tae Taeko
							Takeko Teruko Tokiko Toshiko Tsuneko Umeko Wakana Yaeko Yasuko Yoshie Yuriko Ayane Ayano Ayumu Ayana Akane
							Hikari Honoka Kanon Kokona Koharu Mao Miu Mitsuki Momoka Moe Nagisa Nanako Nene Riko Rina Sana Sayaka Shiho
							Tsumugi Wakaba Yua Yuina Yuzuki Ema Himari Mei Sakiko Shoji Shouji Masaru Masashi Masahiro Masayuki Masanori
							Mitsuru Nobuo Nobuyuki Norio Noriaki Ryuji Ryuta Ryohei Seiji Seiichi Shigeo Shinya Shingo Shohei
							Shoichi Shuji Shuichi Sadao Takashi Takeshi Takahiro Takao Takuro Tamotsu Teruo Tetsuo Tomoaki Tomohiro
							Toru Toshiaki Toshiyuki Toshihiro Tsutomu Yasuo Yasushi Yasuhiro Yoshihiro Yoshiaki Yoshinori Yoshiyuki
							Yuichi Yuji Yukio Yutaka Yoshio Kazuhiro Kazuhiko Kazuma Katsuya Katsuo Kenji Kenjiro Kenichiro Kensuke
							Keita Keiichi Kiyoshi Koichiro Kohei Kunio Makoto Manabu Mamoru Haruto Hiroki Hiroyuki Hiroaki Hironori
							Hisashi Hitoshi Isao Iwao Jin Jiro Jota Kanta Kakeru Koki Kosei Koutarou Kotaro Rui Ryusei Sosuke Soma
							Tomoki Yamato Yuito Yuuki Yusei Arata Eita Eiji Fumio Genki Hayate Ikuo Jumpei Junpei Kaoru
				""");

	static final Set<String> SURNAMES = WordLists
		.of("""
							Whitaker Whitfield Hargreaves Kowalczyk Okafor Okonkwo Okoye Adeyemi Adebayo Oyelaran Mensah Asante Owusu
							Boateng Appiah Osei Diallo Traore Toure Keita Coulibaly Ndiaye Diop Sow Kamara Conteh Bangura Mwangi
							Ochieng Kiprop Kariuki Njoroge Otieno Mutua Nkosi Dlamini Ndlovu Khumalo Mokoena Moyo Banda Phiri Tembo
							Benali Bouzid Haddad Khoury Nasser Saleh Mansour Hamdan Aziz Rahman Rahim Karim Hakim Hashemi Hosseini
							Ahmadi Rezaei Mohammadi Jafari Kazemi Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Arslan Dogan
							Venkataraman Krishnamurthy Subramaniam Ramaswamy Raghavan Srinivasan Narayanan Gopalan Balasubramanian
							Chandrasekhar Iyengar Menon Kulkarni Deshpande Patil Pandey Tiwari Dubey Srivastava Saxena Bhatt Trivedi
							Kapoor Malhotra Khanna Arora Sethi Bhatia Chauhan Rathore Thakur Naidu Hegde Shetty Kamath Bose Sen Ghosh
							Dutta Roy Chakraborty Majumdar Sarkar Haque Hossain Uddin Chowdhury Begum Akter Sultana
							Ivanova Petrova Smirnova Kuznetsov Kuznetsova Popov Popova Sokolov Lebedev Kozlov Novikov Morozov Volkov
							Volkova Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belov Tarasov Orlov Kiselev
							Makarov Andreev Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Lysenko Horvat Novak
							Kovac Kovacs Nagy Szabo Toth Horvath Varga Dvorak Svoboda Novotny Lewandowski Wojcik Kaminski Zielinski
							Szymanski Wozniak Dabrowski Kozlowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawlowski Michalski
							Popescu Ionescu Popa Stan Dumitru Georgiou Papadopoulos Papadakis Nikolaidis Dimitriou Andersson Lindqvist
							Lindberg Berg Bergstrom Holm Lund Dahl Hansen Olsen Pedersen Kristensen Virtanen Korhonen Nieminen Makinen
							Vogel Zimmermann Braun Kruger Hartmann Lange Werner Krause Lehmann Kohler Schwarz Neumann Schmitt Klein
							Bauer Wagner Schuster Jung Hahn Keller Berger Winkler Lorenz Baumann Kaiser Fuchs Peters Huber
							Moreau Girard Roux Fournier Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand Gauthier Perrin
							Morel Rousseau Vincent Faure Andre Clement Gautier Lambert Bonnet Dupont Dupuis Lemoine Marchand Masson
							Rossi Ferraro Fontana Rinaldi Caruso Moretti Barbieri Lombardi Giordano Mancini Rizzo Leone Longo Santoro
							Martini Mariani Vitale Coppola De Luca Pellegrini Benedetti Gentile Farina Cattaneo Ferri
							Gonzalez Hernandez Sanchez Ramirez Flores Rivera Gomez Diaz Vargas Castro Ortega Rubio Molina Delgado
							Morales Guerrero Medina Aguilar Herrera Jimenez Moreno Alvarez Romero Navarro Dominguez Vazquez Ramos Gil
							Serrano Blanco Suarez Ortiz Marin Sanz Iglesias Nunez Garrido Cortes Castillo Lozano Guzman Cabrera Campos
							Vega Fuentes Carrasco Caballero Nieto Pascual Herrero Montero Lorenzo Hidalgo Gallego Calvo Vidal Leon
							Batista Barbosa Cavalcante Rocha Azevedo Fonseca Moura Pires Lopes Machado Mendonca Andrade Castro Tavares
							Figueiredo Sampaio Coelho Marques Cunha Reis Ramos Duarte Magalhaes Brandao Campos Guimaraes Siqueira
							Whitaker Ashworth Blackwood Braithwaite Cartwright Chamberlain Fairbanks Fairweather Fitzpatrick Goldsmith
							Hargrave Hathaway Holloway Kendall Lancaster Langley Lockwood Montgomery Pemberton Prescott Radcliffe
							Sinclair Thornton Underwood Wainwright Whitmore Winterbottom Worthington Atkinson Barker Barton Bates
							Booth Bradshaw Brooks Burton Chapman Dawson Dickinson Dixon Douglas Farrell Fleming Fowler Francis
							Gibbs Gilbert Glover Goodwin Hale Hammond Hancock Hardy Hart Hawkins Hayward Higgins Hobbs
							Holt Hopkins Horton Howell Hurst Jarvis Jennings Kemp Kerr Lambert Lawrence Lawson Lowe Lucas Lynch
							Marsh Matthews Mccarthy Mckenzie Mclean Newman Norris Norton Oliver Osborne Owen
							Parsons Payne Pearce Pearson Perkins Pollard Pratt Preston Rees Reeves Rowe Sanderson Saunders
							Shepherd Slater Stevenson Sutton Talbot Thompson Vaughan Walters Walton
							Warner Waters Watkins Webster Welch Wheeler Whitehead Wilkinson Willis Woodward Wyatt Yates
							Henderson Anderson Hughes Harrison Gibson Ferguson Fraser Cameron Sutherland Mackay Munro Ross Stewart
							Kim Lee Park Choi Jeong Kang Cho Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko
							Yang Bae Baek Heo Nam Sim Noh Kwak Cha Joo Woo Koo Min Ryu Jin Eom Chae
							Chang Cheng Cheung Chan Chow Chu Hsu Hui Kwan Kwok Lai Lam Lau Leung Lui Mak Ng Poon Tang Tsang Tse
							Wong Yeung Yip Yu Zheng Feng Deng Cao Peng Zeng Xiao Tian Yuan Cai Jiang Yu Cheng Wei
							Lu Ding Ren Shen Yao Lu Jiang Cui Zhong Lu Fan Wang Qian Qin Lei Bai Xie Tang
							Oishi Ooishi Kiyotake Mori Takemoto Nishimoto Kajiwara Kurokawa Shirakawa Hasebe Hisamatsu Isobe
							Kamei Kawabata Kawai Kikuta Kitano Kohara Kubota Kurata Kusano Makino
							Maruta Matsukawa Matsuzaki Mizoguchi Mori Nakama Nakao Nakatani Nishiyama
							Nomoto Ochiai Ohtani Okabe Okuno Ono Onoda Osaki Oshita Sakamaki Sakuma Sawada Sekine Shimomura
							Shinohara Sonoda Sugihara Suzuki Tabata Tachibana Takaki Takamura Takase Takemura Tamaki Tanimoto Terada
							Tsukamoto Uchimura Umemoto Wakabayashi Yamaoka Yamasaki Yanagi Yokota Yoshizawa Yuasa Kiyohara
							Kumazawa Shiota Hamaguchi Hamano Hamabe Ishizaki Iwashita Kamimura Kanemoto Kawahara Kinjo
				""");

}
