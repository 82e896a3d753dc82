/**
 * The drugs of the SAMPLE drug list (lib/formulary/sample.ts turns them into Da Vinci US Drug Formulary
 * resources). Names and RxNorm ingredient codes describe real, common medicines so the search can be
 * tried with words members type; every coverage rule here is INVENTED for the demo, and every page
 * showing this list says it is sample data, not the plan's list.
 *
 * One line per drug: generic | RxNorm ingredient code | strength | dose form | brands | other names
 * members type (Spanish spellings, short names) | rules. Rules: pa (prior approval), st (step
 * therapy), ql=<limit>, sp (specialty pharmacy), brand (no generic sold), state (paid by the State
 * of Oregon: most mental-health drugs), no (not on the list).
 */
export const sampleDrugLines = `
acetaminophen|161|500 MG|Oral Tablet|Tylenol|acetaminofén;paracetamol|
ibuprofen|5640|200 MG|Oral Tablet|Advil;Motrin|ibuprofeno|
naproxen|7258|220 MG|Oral Tablet|Aleve|naproxeno|
aspirin|1191|81 MG|Oral Tablet|Bayer|aspirina|
metformin|6809|500 MG|Oral Tablet|Glucophage|metformina|
glipizide|4821|5 MG|Oral Tablet|Glucotrol|glipizida|
pioglitazone|33738|15 MG|Oral Tablet|Actos|pioglitazona|st
sitagliptin|593411|100 MG|Oral Tablet|Januvia|sitagliptina|st;brand
empagliflozin|1545653|10 MG|Oral Tablet|Jardiance|empagliflozina|pa;brand
semaglutide|1991302|0.25 MG/DOSE|Pen Injector|Ozempic|semaglutida|pa;ql=4 pens per 28 days;brand
insulin glargine|274783|100 UNT/ML|Pen Injector|Lantus;Basaglar|insulina glargina|
insulin lispro|86009|100 UNT/ML|Pen Injector|Humalog|insulina lispro|
lisinopril|29046|10 MG|Oral Tablet|Zestril;Prinivil|lisinoprilo|
losartan|52175|50 MG|Oral Tablet|Cozaar|losartán|
amlodipine|17767|5 MG|Oral Tablet|Norvasc|amlodipino|
hydrochlorothiazide|5487|25 MG|Oral Tablet||hidroclorotiazida|
metoprolol|6918|25 MG|Oral Tablet|Lopressor;Toprol XL|metoprolol|
carvedilol|20352|12.5 MG|Oral Tablet|Coreg|carvedilol|
propranolol|8787|10 MG|Oral Tablet|Inderal|propranolol|
furosemide|4603|20 MG|Oral Tablet|Lasix|furosemida|
spironolactone|9997|25 MG|Oral Tablet|Aldactone|espironolactona|
atorvastatin|83367|20 MG|Oral Tablet|Lipitor|atorvastatina|
simvastatin|36567|20 MG|Oral Tablet|Zocor|simvastatina|
rosuvastatin|301542|10 MG|Oral Tablet|Crestor|rosuvastatina|
pravastatin|42463|40 MG|Oral Tablet|Pravachol|pravastatina|
warfarin|11289|5 MG|Oral Tablet|Coumadin;Jantoven|warfarina|
apixaban|1364430|5 MG|Oral Tablet|Eliquis|apixabán|brand
rivaroxaban|1114195|20 MG|Oral Tablet|Xarelto|rivaroxabán|st;brand
clopidogrel|32968|75 MG|Oral Tablet|Plavix|clopidogrel|
levothyroxine|10582|50 MCG|Oral Tablet|Synthroid;Levoxyl|levotiroxina|
omeprazole|7646|20 MG|Delayed Release Oral Capsule|Prilosec|omeprazol|
pantoprazole|40790|40 MG|Delayed Release Oral Tablet|Protonix|pantoprazol|
famotidine|4278|20 MG|Oral Tablet|Pepcid|famotidina|
ondansetron|26225|4 MG|Oral Tablet|Zofran|ondansetrón|ql=30 tablets per 30 days
loperamide|6468|2 MG|Oral Capsule|Imodium|loperamida|
albuterol|435|0.09 MG/ACTUAT|Metered Dose Inhaler|ProAir;Ventolin|salbutamol;albuterol inhalador|ql=2 inhalers per 30 days
fluticasone|41126|0.05 MG/ACTUAT|Nasal Spray|Flonase|fluticasona|
budesonide|19831|0.5 MG/ML|Inhalation Suspension|Pulmicort|budesonida|
montelukast|88249|10 MG|Oral Tablet|Singulair|montelukast|
cetirizine|20610|10 MG|Oral Tablet|Zyrtec|cetirizina|
loratadine|28889|10 MG|Oral Tablet|Claritin|loratadina|
amoxicillin|723|500 MG|Oral Capsule|Amoxil|amoxicilina|
azithromycin|18631|250 MG|Oral Tablet|Zithromax;Z-Pak|azitromicina|
cephalexin|2231|500 MG|Oral Capsule|Keflex|cefalexina|
doxycycline|3640|100 MG|Oral Capsule|Vibramycin|doxiciclina|
ciprofloxacin|2551|500 MG|Oral Tablet|Cipro|ciprofloxacino|
nitrofurantoin|7454|100 MG|Oral Capsule|Macrobid|nitrofurantoína|
metronidazole|6922|500 MG|Oral Tablet|Flagyl|metronidazol|
fluconazole|4450|150 MG|Oral Tablet|Diflucan|fluconazol|
valacyclovir|73645|1000 MG|Oral Tablet|Valtrex|valaciclovir|
acyclovir|281|400 MG|Oral Tablet|Zovirax|aciclovir|
oseltamivir|260101|75 MG|Oral Capsule|Tamiflu|oseltamivir|ql=10 capsules per fill
prednisone|8640|20 MG|Oral Tablet|Deltasone|prednisona|
methylprednisolone|6902|4 MG|Oral Tablet|Medrol|metilprednisolona|
gabapentin|25480|300 MG|Oral Capsule|Neurontin|gabapentina|
cyclobenzaprine|21949|10 MG|Oral Tablet|Flexeril|ciclobenzaprina|
meloxicam|41493|15 MG|Oral Tablet|Mobic|meloxicam|
tramadol|10689|50 MG|Oral Tablet|Ultram|tramadol|pa;ql=120 tablets per 30 days
allopurinol|519|100 MG|Oral Tablet|Zyloprim|alopurinol|
colchicine|2683|0.6 MG|Oral Tablet|Colcrys|colchicina|
sumatriptan|37418|50 MG|Oral Tablet|Imitrex|sumatriptán|ql=9 tablets per 30 days
tamsulosin|77492|0.4 MG|Oral Capsule|Flomax|tamsulosina|
finasteride|25025|5 MG|Oral Tablet|Proscar|finasterida|
estradiol|4083|1 MG|Oral Tablet|Estrace|estradiol|
norethindrone|7514|0.35 MG|Oral Tablet|Camila;Errin|noretindrona|
levonorgestrel|6373|1.5 MG|Oral Tablet|Plan B One-Step|levonorgestrel;pastilla del día siguiente|
medroxyprogesterone|6691|150 MG/ML|Injectable Suspension|Depo-Provera|medroxiprogesterona;inyección anticonceptiva|
folic acid|4511|1 MG|Oral Tablet||ácido fólico|
ferrous sulfate|24947|325 MG|Oral Tablet||sulfato ferroso;hierro|
cholecalciferol|2418|1000 UNT|Oral Tablet||vitamina D|
hydroxychloroquine|5521|200 MG|Oral Tablet|Plaquenil|hidroxicloroquina|
methotrexate|6851|2.5 MG|Oral Tablet|Trexall|metotrexato|
adalimumab|327361|40 MG/0.4ML|Pen Injector|Humira|adalimumab|pa;sp;ql=2 pens per 28 days;brand
etanercept|214555|50 MG/ML|Auto-Injector|Enbrel|etanercept|pa;sp;brand
dupilumab|1876376|300 MG/2ML|Pen Injector|Dupixent|dupilumab|pa;sp;brand
epinephrine|3992|0.3 MG/0.3ML|Auto-Injector|EpiPen|epinefrina;adrenalina|ql=2 packs per year
naloxone|7242|4 MG/ACTUAT|Nasal Spray|Narcan|naloxona|
buprenorphine / naloxone|352364|8 MG / 2 MG|Sublingual Film|Suboxone|buprenorfina|
nicotine|7407|21 MG/24HR|Transdermal Patch|NicoDerm CQ|nicotina;parche de nicotina|
varenicline|591622|1 MG|Oral Tablet|Chantix|vareniclina|
sertraline|36437|50 MG|Oral Tablet|Zoloft|sertralina|state
fluoxetine|4493|20 MG|Oral Capsule|Prozac|fluoxetina|state
escitalopram|321988|10 MG|Oral Tablet|Lexapro|escitalopram|state
citalopram|2556|20 MG|Oral Tablet|Celexa|citalopram|state
bupropion|42347|150 MG|Extended Release Oral Tablet|Wellbutrin XL|bupropión|state
duloxetine|72625|30 MG|Delayed Release Oral Capsule|Cymbalta|duloxetina|state
venlafaxine|39786|75 MG|Extended Release Oral Capsule|Effexor XR|venlafaxina|state
mirtazapine|15996|15 MG|Oral Tablet|Remeron|mirtazapina|state
trazodone|10737|50 MG|Oral Tablet|Desyrel|trazodona|state
quetiapine|51272|100 MG|Oral Tablet|Seroquel|quetiapina|state
aripiprazole|89013|10 MG|Oral Tablet|Abilify|aripiprazol|state
risperidone|35636|1 MG|Oral Tablet|Risperdal|risperidona|state
olanzapine|61381|10 MG|Oral Tablet|Zyprexa|olanzapina|state
lithium|6448|300 MG|Oral Capsule|Lithobid|litio|state
lamotrigine|28439|100 MG|Oral Tablet|Lamictal|lamotrigina|state
buspirone|1827|10 MG|Oral Tablet|Buspar|buspirona|state
hydroxyzine|5553|25 MG|Oral Tablet|Vistaril;Atarax|hidroxizina|
levetiracetam|114477|500 MG|Oral Tablet|Keppra|levetiracetam|
topiramate|38404|25 MG|Oral Tablet|Topamax|topiramato|
methylphenidate|6901|10 MG|Oral Tablet|Ritalin|metilfenidato|state;ql=90 tablets per 30 days
atomoxetine|38400|40 MG|Oral Capsule|Strattera|atomoxetina|state
zolpidem|39993|5 MG|Oral Tablet|Ambien|zolpidem|pa;ql=30 tablets per 30 days
orlistat|37925|60 MG|Oral Capsule|Alli|orlistat|no
sildenafil|136411|50 MG|Oral Tablet|Viagra|sildenafil|no
`;
