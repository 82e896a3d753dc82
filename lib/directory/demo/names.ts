/**
 * Name pools for invented practitioners, reflecting who works in southern Oregon care: many
 * Hispanic names, Slavic, Vietnamese, Chinese, Punjabi, Arabic, Filipino and others. Some names
 * keep their accents (José, María, Nguyễn, Zoë) so accent-insensitive search can be tried.
 */

export type Heritage = 'anglo' | 'hispanic' | 'russian' | 'ukrainian' | 'vietnamese' | 'chinese' | 'punjabi' | 'arabic' | 'filipino' | 'east-asian';

export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Family names as women carry them, where the language inflects them (Ivanov → Ivanova). */
  familyFemale?: readonly string[];
  /** The most common given names, drawn more often than the rest (José and María are). */
  favourite?: { female: string; male: string };
}

const words = (...lines: string[]): string[] =>
  lines
    .flatMap((line) => line.split(','))
    .map((word) => word.trim())
    .filter(Boolean);

export const NAME_POOLS: Readonly<Record<Heritage, NamePool>> = {
  anglo: {
    female: words(
      'Sarah, Emily, Jessica, Jennifer, Rebecca, Rachel, Megan, Lauren, Katherine, Elizabeth, Amanda, Heather, Melissa',
      'Stephanie, Amy, Laura, Hannah, Abigail, Molly, Erin, Kristen, Allison, Caitlin, Natalie, Claire, Julia, Grace, Anna',
      'Kelsey, Brooke, Shannon, Zoë, Chloé, Renée, Noelle, Margaret, Susan, Karen',
    ),
    male: words(
      'Michael, David, James, John, Robert, Daniel, Matthew, Christopher, Andrew, Joshua, Ryan, Benjamin, Nathan, Jacob',
      'William, Thomas, Kevin, Brian, Eric, Jonathan, Scott, Timothy, Patrick, Samuel, Aaron, Peter, Mark, Steven, Gregory',
      'Jeffrey, Adam, Kyle, Tyler, André, Björn, Richard, Paul',
    ),
    family: words(
      'Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin, Thompson, White',
      'Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter',
      'Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers',
      'Morgan, Peterson, Cooper, Reed, Bailey, Bell, Kelly, Howard, Ward, Richardson, Wood, Watson, Brooks, Bennett, Gray',
      'Hughes, Price, Sanders, Myers, Long, Ross, Foster, Olson, Larson, Carlson, Hansen, Lindqvist, Sorensen, Fischer, Weber',
      "Schmidt, Becker, Hoffman, Meyer, O'Brien, O'Connor, McCarthy, Sullivan, Gallagher, Kowalski, Novak, Dubois, Côté",
      'Bélanger, Lefèvre, Müller, Whitaker, Holloway, Fairbanks',
    ),
  },
  hispanic: {
    favourite: { female: 'María', male: 'José' },
    female: words(
      'María, Sofía, Lucía, Inés, Mónica, Verónica, Rocío, Ángela, Ana, Carmen, Guadalupe, Alejandra, Gabriela, Daniela',
      'Valeria, Isabel, Patricia, Elena, Marisol, Leticia, Yesenia, Adriana, Beatriz, Natalia, Paola',
    ),
    male: words(
      'José, Jesús, Ramón, Raúl, Héctor, Andrés, Julián, Adrián, Martín, Óscar, Alejandro, Carlos, Miguel, Luis, Jorge, Juan',
      'Francisco, Ricardo, Eduardo, Fernando, Javier, Sergio, Rubén, Tomás, Joaquín',
    ),
    family: words(
      'García, Hernández, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Gómez, Díaz, Jiménez, Álvarez',
      'Gutiérrez, Domínguez, Muñoz, Núñez, Ibáñez, Torres, Flores, Rivera, Cruz, Morales, Reyes, Ortiz, Chávez, Ruiz, Mendoza',
      'Castillo, Vargas, Romero, Navarro, Delgado, Contreras, Peña, Salazar, Cortés, Aguilar, Medina, Guerrero, Rojas, Vega',
      'Ríos, Campos, Luna, Estrada, Soto, Ochoa, Valdez, Zamora',
    ),
  },
  russian: {
    female: words('Olga, Natalia, Irina, Svetlana, Yulia, Tatiana, Ekaterina, Anastasia, Elena, Marina'),
    male: words('Dmitri, Sergei, Mikhail, Alexei, Pavel, Viktor, Andrei, Nikolai, Ivan, Vladimir'),
    family: words('Ivanov, Petrov, Sokolov, Volkov, Morozov, Popov, Lebedev, Kuznetsov, Smirnov, Fedorov'),
    familyFemale: words('Ivanova, Petrova, Sokolova, Volkova, Morozova, Popova, Lebedeva, Kuznetsova, Smirnova, Fedorova'),
  },
  ukrainian: {
    female: words('Oksana, Tetiana, Kateryna, Olena, Iryna, Halyna, Nataliya, Sofiia'),
    male: words('Oleksandr, Andriy, Yuriy, Taras, Bohdan, Vasyl, Mykola, Dmytro'),
    family: words('Kovalenko, Shevchenko, Bondarenko, Tkachenko, Melnyk, Kravchuk, Tkachuk, Boyko, Savchenko, Lysenko, Hnatyuk'),
  },
  vietnamese: {
    female: words('Thảo, Linh, Phương, Hương, Trang, Lan, Ngọc, Mai, Anh, Hạnh'),
    male: words('Minh, Tuấn, Huy, Quang, Đức, Khoa, Long, Nam, Bảo, Thành'),
    family: words('Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi, Đỗ, Ngô, Dương'),
  },
  chinese: {
    female: words('Mei, Jing, Hui, Yan, Xiu, Ling, Qian, Xiaoyu'),
    male: words('Wei, Jun, Hao, Lei, Ming, Jian, Tao, Zhiwei'),
    family: words('Chen, Wang, Zhang, Liu, Lin, Huang, Zhao, Wu, Zhou, Xu'),
  },
  punjabi: {
    female: words('Harpreet, Gurpreet, Manpreet, Simran, Jaspreet, Navneet, Amrit'),
    male: words('Harjit, Gurdeep, Rajinder, Jaswinder, Kuldeep, Balwinder, Arjun'),
    family: words('Singh, Sandhu, Gill, Dhillon, Sidhu, Grewal, Bains, Randhawa'),
    familyFemale: words('Kaur, Sandhu, Gill, Dhillon, Sidhu, Grewal, Bains, Randhawa'),
  },
  arabic: {
    female: words('Layla, Fatima, Nour, Rania, Yasmin, Amira, Huda, Salma'),
    male: words('Omar, Ahmad, Yusuf, Karim, Khaled, Samir, Tariq, Hassan'),
    family: words('Haddad, Khalil, Mansour, Saleh, Nasser, Aziz, Hamdan, Darwish, Khoury, Rahman'),
  },
  filipino: {
    female: words('Maricel, Jocelyn, Rowena, Rosario, Analyn, Kristine, Marites'),
    male: words('Ramon, Jericho, Rodel, Arnel, Jomar, Reynaldo, Emmanuel'),
    family: words('Santos, Bautista, Dela Cruz, Villanueva, Aquino, Mercado, Pascual, Manalo, Ramos, Soriano, Tolentino'),
  },
  'east-asian': {
    female: words('Ji-woo, Seo-yeon, Yuki, Haruka, Aiko, Min-ji'),
    male: words('Min-jun, Seung-ho, Kenji, Hiroshi, Takeshi, Jae-won'),
    family: words('Kim, Park, Lee, Choi, Tanaka, Nakamura, Yamamoto, Sato'),
  },
};

/** Given names for people who are neither listed as female nor male. */
export const UNISEX_GIVEN = words('Alex, Jordan, Taylor, Riley, Casey, Avery, Quinn, Sam, Rowan, Jamie');

/** Share of practitioners of each heritage across the network (before clinic adjustments). */
export const HERITAGE_WEIGHTS: readonly (readonly [Heritage, number])[] = [
  ['anglo', 56],
  ['hispanic', 20],
  ['russian', 3],
  ['ukrainian', 2.5],
  ['vietnamese', 3.5],
  ['chinese', 3],
  ['punjabi', 3],
  ['arabic', 2],
  ['filipino', 3.5],
  ['east-asian', 3],
];
