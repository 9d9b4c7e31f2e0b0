"""A small multilingual topic taxonomy: what lets "cats" come close to "dogs".

Word overlap alone says a page about cats and a page about dogs share
little. The taxonomy gives the missing generalisation without a network or a
model: 36 topics, each in one of 15 groups, each with its keywords in the
major European languages (en, de, fr, es fully; it, pt, nl, pl, ru the core
words). A text's topic profile is the share of its keyword hits per topic;
two profiles are compared with a *soft cosine* in which a topic matches
itself fully and a sibling topic of the same group partly
(``topic_group_similarity``, 0.6 by default), so a cat blog is close to a
dog blog, and a smartphone review is far from both. See ``docs/signals.md``.

Keywords are matched after the same stemming as the text (a keyword list is
stemmed with its own language's stemmer), so ``Hunde`` matches ``Hund``.
A word with two common meanings is left out rather than guessed.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Topic:
    """One topic: its group and its keywords per language (space separated)."""

    name: str
    group: str
    keywords: Mapping[str, str]


def _topic(name: str, group: str, **keywords: str) -> Topic:
    return Topic(name=name, group=group, keywords=MappingProxyType(keywords))


#: Every topic, by name.
TOPICS: Mapping[str, Topic] = MappingProxyType({t.name: t for t in (
    # ------------------------------------------------------------- animals
    _topic(
        "dogs", "animals",
        en="dog dogs puppy puppies canine breed breeder kennel leash bark barking paw paws"
           " retriever labrador terrier poodle beagle spaniel shepherd dachshund bulldog"
           " husky collie chihuahua doggy pooch obedience housebreaking groomer",
        de="hund hunde hündin welpe welpen rüde hundehalter hundeschule hundetraining hundeerziehung"
           " hundefutter leine bellen hunderasse hunderassen pfote pfoten labrador terrier pudel"
           " dackel schäferhund retriever gassi hundetrainer vierbeiner",
        fr="chien chiens chienne chiot chiots canin canine =laisse aboyer aboiement"
           " croquettes éleveur toutou labrador caniche berger teckel dressage éducateur",
        es="perro perros perra cachorro cachorros canino canina =correa ladrar ladrido =pienso"
           " raza criador labrador caniche adiestramiento adiestrador collar pata patas",
        it="cane cani cucciolo cuccioli guinzaglio abbaiare razza canile addestramento",
        pt="cão cães cachorro cachorros filhote coleira latir raça canil adestramento",
        nl="hond honden puppy pup riem blaffen hondenras kennel hondentraining",
        pl="pies psy psa szczeniak szczeniaki smycz szczekanie rasa psie tresura",
        ru="собака собаки пёс щенок щенки поводок лай порода кинолог дрессировка",
    ),
    _topic(
        "cats", "animals",
        en="cat cats kitten kittens feline litter catnip meow purr purring scratching"
           " siamese tabby kitty whiskers",
        de="katze katzen kater kätzchen katzenklo katzenstreu katzenfutter miauen schnurren"
           " kratzbaum samtpfote stubentiger",
        fr="chat chats chatte chaton chatons félin litière miauler ronronner griffoir matou",
        es="gato gatos gata gatito gatitos felino arenero maullar ronronear rascador minino",
        it="gatto gatti gattino gattini felino lettiera miagolare fusa",
        pt="gato gatos gatinho gatinhos felino areia miar ronronar arranhador",
        nl="kat katten kitten poes kattenbak miauwen spinnen krabpaal",
        pl="kot koty kota kotek kocię kocięta kuweta miauczenie mruczenie drapak",
        ru="кошка кошки кот котёнок котята лоток мяукать мурлыкать когтеточка",
    ),
    _topic(
        "horses", "animals",
        en="horse horses pony foal saddle riding equestrian mare stallion hoof bridle",
        de="pferd pferde pony fohlen stall sattel reiten reiter stute hengst huf reitstall",
        fr="cheval chevaux poney poulain écurie selle équitation cavalier jument étalon sabot",
        es="caballo caballos poni potro =establo equitación jinete yegua semental",
        it="cavallo cavalli pony puledro scuderia sella equitazione",
        pt="cavalo cavalos pónei potro estábulo sela equitação",
        nl="paard paarden pony veulen stal zadel paardrijden",
        pl="koń konie kucyk źrebię stajnia siodło jeździectwo",
        ru="лошадь лошади пони жеребёнок конюшня седло верховая",
    ),
    _topic(
        "small_pets", "animals",
        en="pet pets rabbit rabbits hamster parrot budgie aquarium goldfish terrarium"
           " reptile tortoise ferret veterinarian vet",
        de="haustier haustiere kaninchen hamster meerschweinchen papagei wellensittich aquarium"
           " goldfisch terrarium reptil schildkröte tierarzt tierärztin",
        fr="animal animaux lapin hamster cobaye perroquet perruche aquarium poisson terrarium"
           " reptile tortue furet vétérinaire",
        es="mascota mascotas conejo hámster cobaya loro periquito acuario terrario reptil"
           " tortuga hurón veterinario veterinaria",
        it="animali =domestici coniglio criceto pappagallo acquario veterinario",
        pt="animal =estimação coelho hamster papagaio aquário veterinário",
        nl="huisdier huisdieren konijn hamster cavia papegaai aquarium dierenarts",
        pl="zwierzę zwierzęta królik chomik papuga akwarium weterynarz",
        ru="питомец питомцы кролик хомяк попугай аквариум ветеринар",
    ),
    _topic(
        "wildlife", "animals",
        en="wildlife bird birds birdwatching species habitat wolf deer fox owl eagle"
           " =conservation zoo safari",
        de="wildtiere vogel vögel vogelbeobachtung lebensraum naturschutz wolf bär reh fuchs"
           " eule adler zoo safari",
        fr="faune oiseau oiseaux ornithologie espèce habitat =réserve loup ours cerf renard hibou"
           " aigle zoo safari",
        es="fauna ave aves pájaro pájaros especie hábitat =reserva lobo oso ciervo zorro búho"
           " =águila zoológico safari",
        it="fauna uccello uccelli specie habitat lupo orso cervo volpe",
        pt="fauna ave aves pássaro espécie habitat lobo urso veado raposa",
        nl="vogel vogels soort leefgebied wolf beer hert vos uil arend dierentuin",
        pl="ptak ptaki gatunek siedlisko wilk niedźwiedź jeleń lis sowa orzeł",
        ru="птица птицы волк медведь олень лиса сова орёл заповедник",
    ),
    # ---------------------------------------------------------------- food
    _topic(
        "cooking", "food",
        en="recipe recipes cook cooking bake baking oven flour dough bread sourdough ingredient"
           " ingredients tablespoon teaspoon sauce simmer roast pan skillet kitchen dish dinner"
           " lunch breakfast butter garlic onion pasta soup dessert cake =cookies yeast",
        de="rezept rezepte kochen backen backofen ofen mehl teig brot sauerteig zutaten"
           " esslöffel teelöffel soße sauce köcheln braten pfanne küche abendessen"
           " mittagessen frühstück butter knoblauch zwiebel nudeln suppe nachtisch kuchen"
           " hefe gebacken backzeit kruste",
        fr="recette recettes cuisiner cuisine cuire cuisson four farine pâte pain levain"
           " ingrédient ingrédients cuillère sauce mijoter rôtir poêle dîner déjeuner beurre"
           " ail oignon soupe dessert gâteau levure",
        es="receta recetas cocinar cocina hornear horno harina masa pan masa ingrediente"
           " ingredientes cucharada cucharadita salsa sofreír asar sartén plato cena"
           " almuerzo desayuno mantequilla ajo cebolla sopa postre pastel levadura",
        it="ricetta ricette cucinare cucina forno farina impasto pane ingredienti sugo pasta"
           " padella lievito dolce",
        pt="receita receitas cozinhar cozinha forno farinha pão ingredientes molho"
           " frigideira fermento bolo",
        nl="recept recepten koken bakken oven bloem deeg brood ingrediënten saus pan gist taart",
        pl="przepis przepisy gotowanie pieczenie piekarnik mąka ciasto chleb składniki sos"
           " patelnia drożdże",
        ru="рецепт рецепты =готовить выпечка духовка мука тесто хлеб ингредиенты соус"
           " сковорода дрожжи",
    ),
    _topic(
        "drinks", "food",
        en="wine wines winery vineyard grape beer brewery cocktail cocktails whisky coffee"
           " espresso barista tea sommelier",
        de="wein weine weingut weinberg traube bier brauerei cocktail whisky kaffee espresso"
           " barista tee sommelier",
        fr="vin vins vignoble vigneron cépage bière brasserie cocktail whisky café expresso"
           " barista thé sommelier",
        es="vino vinos bodega viñedo uva cerveza cervecería cóctel whisky café espresso"
           " barista té sumiller",
        it="vino vini cantina vigneto birra cocktail caffè",
        pt="vinho vinhos vinícola vinha cerveja coquetel café",
        nl="wijn wijnen wijngaard bier brouwerij cocktail koffie thee",
        pl="wino wina winnica piwo browar koktajl kawa herbata",
        ru="вино вина виноградник пиво пивоварня коктейль кофе чай",
    ),
    # --------------------------------------------------------------- money
    _topic(
        "personal_finance", "money",
        en="budget budgeting savings debt mortgage retirement pension tax taxes =income"
           " expenses bank account paycheck frugal financial finances money",
        de="budget haushaltsbuch sparen ersparnisse =schulden kreditkarte hypothek rente"
           " altersvorsorge steuer steuern einkommen =ausgaben notgroschen girokonto konto"
           " finanzen geld =gehalt",
        fr="budget épargne épargner économiser dette crédit hypothèque retraite impôt impôts"
           " revenu revenus dépenses bancaire finances argent salaire",
        es="presupuesto ahorro ahorrar ahorros deuda deudas crédito hipoteca jubilación"
           " pensión impuesto impuestos =ingresos gastos bancaria finanzas dinero sueldo",
        it="budget risparmio risparmiare debito mutuo pensione tasse reddito spese soldi",
        pt="orçamento poupança poupar dívida hipoteca =reforma aposentadoria impostos renda"
           " despesas dinheiro",
        nl="budget sparen spaargeld =schuld hypotheek pensioen =belasting inkomen uitgaven"
           " geld",
        pl="budżet oszczędności oszczędzać dług kredyt hipoteka emerytura podatek dochód"
           " wydatki konto pieniądze",
        ru="бюджет сбережения копить долг кредит ипотека пенсия налог доход расходы деньги",
    ),
    _topic(
        "investing", "money",
        en="invest investing investor investment investments stock stocks etf etfs fund"
           " funds dividend dividends portfolio bonds broker brokerage diversification"
           " equity",
        de="investieren anlegen anleger geldanlage aktie aktien etf etfs indexfonds fonds"
           " dividende dividenden depot portfolio anleihen broker rendite zinseszins"
           " diversifikation",
        fr="investir investissement investisseur etf indiciel fonds dividende dividendes"
           " portefeuille =obligations courtier rendement bourse diversification",
        es="invertir inversión inversor etf indexado dividendo dividendos cartera bonos"
           " bróker rentabilidad diversificación",
        it="investire investimento =azioni etf fondi =dividendi portafoglio =obbligazioni borsa",
        pt="investir investimento ações etf fundos dividendos carteira =obrigações bolsa",
        nl="=beleggen =belegging aandelen etf fondsen dividend portefeuille obligaties beurs",
        pl="inwestować inwestycje akcje etf fundusze dywidenda portfel obligacje giełda",
        ru="инвестиции инвестировать акции фонды дивиденды портфель облигации биржа",
    ),
    _topic(
        "crypto", "money",
        en="bitcoin crypto cryptocurrency cryptocurrencies blockchain ethereum wallet mining"
           " nft altcoin defi",
        de="bitcoin krypto kryptowährung kryptowährungen blockchain ethereum token wallet mining",
        fr="bitcoin crypto cryptomonnaie cryptomonnaies blockchain ethereum jeton portefeuille",
        es="bitcoin cripto criptomoneda criptomonedas blockchain ethereum token billetera",
        it="bitcoin criptovaluta criptovalute blockchain ethereum",
        pt="bitcoin criptomoeda criptomoedas blockchain ethereum",
        nl="bitcoin crypto cryptomunt blockchain ethereum",
        pl="bitcoin kryptowaluta kryptowaluty blockchain ethereum",
        ru="биткоин криптовалюта криптовалюты блокчейн эфириум",
    ),
    _topic(
        "insurance", "money",
        en="insurance insurer policyholder deductible underwriting",
        de="versicherung versicherungen versicherer prämie selbstbeteiligung deckung schadensfall",
        fr="=assurance =assurances assureur franchise sinistre",
        es="=aseguradora franquicia cobertura siniestro",
        it="assicurazione assicurazioni polizza premio franchigia",
        pt="=seguro =seguros =seguradora prémio franquia cobertura",
        nl="verzekering verzekeringen verzekeraar premie dekking",
        pl="ubezpieczenie ubezpieczenia ubezpieczyciel składka",
        ru="страхование страховка страховщик полис",
    ),
    # -------------------------------------------------------------- travel
    _topic(
        "travel", "travel",
        en="travel traveling travelling traveler trip trips itinerary vacation holiday"
           " holidays flight flights airport hotel hotels hostel destination tourist tourism"
           " sightseeing beach passport luggage backpacking island ferry",
        de="reise reisen urlaub reiseziel flug flüge flughafen hotel hotels hostel tourist"
           " tourismus sehenswürdigkeiten strand reisepass gepäck rucksackreise insel roadtrip"
           " reiseroute fähre unterkunft",
        fr="voyage voyages voyager vacances itinéraire vol vols aéroport hôtel hôtels"
           " auberge =destination touriste tourisme plage passeport bagages île escapade"
           " séjour ferry randonnée",
        es="viaje viajes viajar vacaciones itinerario vuelo vuelos aeropuerto hotel hoteles"
           " albergue =destino turista turismo playa pasaporte equipaje mochilero isla =escapada"
           " ruta ferry",
        it="viaggio viaggi viaggiare vacanza vacanze volo aeroporto albergo =destinazione"
           " turismo spiaggia isola itinerario",
        pt="viagem viagens viajar férias voo aeroporto hotel =destino turismo praia ilha roteiro",
        nl="reis reizen vakantie vlucht vliegveld hotel bestemming toerisme strand eiland",
        pl="podróż podróże wakacje lot lotnisko hotel cel turystyka plaża wyspa",
        ru="путешествие путешествия отпуск рейс аэропорт отель туризм пляж остров маршрут",
    ),
    _topic(
        "outdoor", "travel",
        en="hiking hike hikers trail trails camping camp tent backpack mountain mountains summit"
           " trekking climbing",
        de="wandern wanderung wanderweg camping zelt rucksack berg berge gipfel klettern"
           " trekking",
        fr="randonnée randonneur sentier camping tente sac montagne sommet escalade trek",
        es="senderismo caminata sendero acampada camping mochila montaña cumbre =escalada",
        it="escursionismo sentiero campeggio tenda montagna vetta arrampicata",
        pt="trilha =caminhada campismo tenda montanha cume =escalada",
        nl="wandelen wandeling wandelpad kamperen tent berg bergen klimmen",
        pl="wędrówka szlak biwak namiot góry szczyt wspinaczka",
        ru="поход тропа кемпинг палатка горы вершина альпинизм",
    ),
    # ---------------------------------------------------------------- tech
    _topic(
        "smartphones", "tech",
        en="smartphone smartphones phone phones iphone android mobile battery screen display"
           " camera megapixel =charging processor chipset app apps oled",
        de="smartphone smartphones handy handys iphone android akku bildschirm display"
           " kamera megapixel prozessor app apps oled",
        fr="smartphone smartphones téléphone portable mobile iphone android batterie écran"
           " mégapixels recharge processeur oled",
        es="smartphone smartphones teléfono móvil móviles =celular iphone android batería"
           " pantalla cámara megapíxeles =procesador oled",
        it="smartphone telefono cellulare iphone android batteria schermo fotocamera app",
        pt="smartphone telemóvel celular iphone android bateria ecrã tela câmara câmera app",
        nl="smartphone telefoon mobiel iphone android batterij scherm camera app",
        pl="smartfon telefon komórka iphone android bateria ekran aparat aplikacja",
        ru="смартфон телефон айфон андроид аккумулятор экран камера приложение",
    ),
    _topic(
        "computers", "tech",
        en="computer computers laptop laptops pc desktop cpu gpu ram ssd keyboard monitor"
           " linux hardware gaming graphics motherboard",
        de="computer =rechner laptop notebook pc cpu gpu arbeitsspeicher ssd tastatur monitor"
           " linux hardware grafikkarte mainboard",
        fr="ordinateur ordinateurs pc cpu gpu ram ssd clavier écran linux",
        es="=ordenador =ordenadores computadora portátil pc cpu gpu ram ssd teclado monitor"
           " linux hardware",
        it="computer portatile pc cpu gpu tastiera monitor hardware",
        pt="computador portátil pc cpu gpu teclado monitor hardware",
        nl="computer laptop pc cpu gpu toetsenbord monitor hardware",
        pl="komputer laptop pc procesor graficzna klawiatura monitor",
        ru="компьютер ноутбук процессор видеокарта клавиатура монитор",
    ),
    _topic(
        "software_dev", "tech",
        en="software =programming =programmer =developer =developers code coding javascript python"
           " api database framework github compiler algorithm debugging frontend backend",
        de="software programmieren programmierung entwickler code javascript python api"
           " datenbank framework github algorithmus",
        fr="logiciel logiciels programmation programmeur développeur code javascript python"
           " api données framework github algorithme",
        es="software programación programador =desarrollador código javascript python api"
           " datos framework github algoritmo",
        it="software programmazione sviluppatore codice javascript python database",
        pt="software programação programador desenvolvedor código javascript python",
        nl="software programmeren =ontwikkelaar code javascript python database",
        pl="oprogramowanie programowanie programista kod javascript python",
        ru="программирование программист разработчик код javascript python",
    ),
    _topic(
        "video_games", "tech",
        en="game games gamer gamers gaming console playstation xbox nintendo multiplayer"
           " esports steam",
        de="videospiel videospiele gamer konsole playstation xbox nintendo multiplayer esports",
        fr="jeu jeux joueur console playstation xbox nintendo multijoueur esport",
        es="videojuego videojuegos jugador consola playstation xbox nintendo multijugador",
        it="videogioco videogiochi console playstation xbox nintendo",
        pt="videojogo videogame consola playstation xbox nintendo",
        nl="videogame games gamer console playstation xbox nintendo",
        pl="gra gry konsola playstation xbox nintendo",
        ru="видеоигра игры консоль playstation xbox nintendo",
    ),
    # -------------------------------------------------------------- health
    _topic(
        "medicine", "health",
        en="doctor doctors patient patients disease symptoms treatment hospital clinic"
           " medication diagnosis therapy vaccine infection chronic",
        de="arzt ärztin patient patienten krankheit symptome behandlung krankenhaus klinik"
           " medikament diagnose therapie impfung infektion",
        fr="médecin patient patients maladie symptômes =traitement hôpital clinique médicament"
           " diagnostic thérapie vaccin infection",
        es="médico paciente pacientes enfermedad síntomas tratamiento hospital clínica"
           " medicamento diagnóstico terapia vacuna infección",
        it="medico paziente malattia sintomi =trattamento ospedale farmaco terapia",
        pt="médico paciente doença sintomas tratamento hospital medicamento terapia",
        nl="arts patiënt ziekte symptomen behandeling ziekenhuis medicijn therapie",
        pl="lekarz pacjent choroba objawy leczenie szpital lek terapia",
        ru="врач пациент болезнь симптомы лечение больница лекарство терапия",
    ),
    _topic(
        "fitness", "health",
        en="fitness workout workouts gym exercise exercises running runner marathon muscle"
           " muscles cardio stretching squat squats jogging pace",
        de="fitness workout trainieren fitnessstudio übung übungen laufen läufer joggen"
           " marathon muskel muskeln ausdauer dehnen kniebeuge intervalltraining"
           " halbmarathon",
        fr="fitness =entraînement musculation salle exercice exercices =course courir coureur"
           " marathon muscle muscles cardio étirements squat footing",
        es="fitness entrenamiento gimnasio ejercicio ejercicios correr corredor maratón"
           " músculo músculos cardio estiramientos sentadilla",
        it="fitness allenamento palestra esercizio corsa maratona muscoli",
        pt="fitness =treino ginásio academia exercício corrida maratona músculos",
        nl="fitness sportschool =oefening hardlopen marathon spieren",
        pl="fitness trening siłownia ćwiczenia bieganie maraton mięśnie",
        ru="фитнес тренировка спортзал упражнения бег марафон мышцы",
    ),
    _topic(
        "nutrition", "health",
        en="nutrition diet diets calories protein vitamins vitamin carbs fat fiber nutrients",
        de="ernährung diät kalorien eiweiß protein vitamine vitamin abnehmen kohlenhydrate"
           " ballaststoffe nährstoffe",
        fr="nutrition régime calories protéines vitamines vitamine alimentation saine maigrir"
           " glucides fibres nutriments",
        es="nutrición dieta =calorías proteínas vitaminas vitamina adelgazar carbohidratos"
           " fibra nutrientes",
        it="nutrizione dieta calorie proteine vitamine alimentazione",
        pt="nutrição dieta calorias proteínas vitaminas alimentação",
        nl="voeding dieet calorieën eiwitten vitamines =afvallen",
        pl="odżywianie dieta kalorie białko witaminy",
        ru="питание диета калории белок витамины",
    ),
    # ---------------------------------------------------------------- home
    _topic(
        "gardening", "home",
        en="garden gardening gardener plant plants planting seeds seedlings soil compost"
           " vegetable vegetables tomatoes flowers weeds harvest mulch pruning lawn",
        de="garten gärtnern gärtner pflanze pflanzen säen saatgut setzlinge erde kompost"
           " gemüse tomaten blumen unkraut ernte hochbeet mulch rasen",
        fr="jardin jardinage jardinier plante plantes semis =graines terreau compost légumes"
           " tomates fleurs récolte potager paillage pelouse",
        es="jardín jardinería huerto planta plantas semillas plántulas compost hortalizas"
           " verduras tomates flores cosecha acolchado césped",
        it="giardino giardinaggio orto =piante semi terriccio =compost ortaggi pomodori fiori",
        pt="jardim jardinagem horta plantas sementes composto legumes tomates flores",
        nl="tuin tuinieren moestuin planten zaden compost groenten tomaten bloemen",
        pl="ogród ogrodnictwo warzywnik rośliny nasiona kompost warzywa pomidory kwiaty",
        ru="сад огород растения семена рассада компост овощи томаты цветы",
    ),
    _topic(
        "home_diy", "home",
        en="renovation remodel diy furniture paint painting drill plumbing tiles =flooring"
           " interior decor decorating carpentry woodworking",
        de="renovierung renovieren heimwerker möbel bohrmaschine sanitär fliesen bodenbelag"
           " deko tischlern",
        fr="rénovation bricolage meubles peinture perceuse plomberie carrelage parquet"
           " décoration menuiserie",
        es="=reforma bricolaje muebles pintura taladro fontanería azulejos decoración"
           " =interiorismo carpintería",
        it="ristrutturazione =mobili pittura trapano piastrelle arredamento",
        pt="remodelação bricolagem móveis pintura berbequim azulejos decoração",
        nl="verbouwing klussen meubels verven boormachine tegels interieur",
        pl="remont majsterkowanie meble malowanie wiertarka płytki wnętrze",
        ru="ремонт мебель покраска дрель плитка интерьер",
    ),
    _topic(
        "real_estate", "home",
        en="estate property properties =apartment =apartments rent renting landlord tenant"
           " realtor homebuyers",
        de="immobilie immobilien wohnung wohnungen miete mieten vermieter mieter makler"
           " eigentumswohnung",
        fr="immobilier appartement appartements loyer louer locataire",
        es="inmobiliaria inmueble piso pisos apartamento alquiler alquilar arrendador"
           " inquilino",
        it="immobiliare appartamento affitto inquilino",
        pt="imobiliário apartamento arrendamento aluguel inquilino",
        nl="vastgoed woning appartement huur huurder makelaar",
        pl="nieruchomości mieszkanie wynajem najemca",
        ru="недвижимость квартира аренда арендатор",
    ),
    # ----------------------------------------------------------- lifestyle
    _topic(
        "fashion", "lifestyle",
        en="fashion clothes clothing dress dresses outfit outfits shoes sneakers jeans"
           " jacket wardrobe handbag",
        de="mode kleidung kleid kleider outfit schuhe sneaker jeans jacke garderobe"
           " handtasche",
        fr="mode vêtements robe robes tenue chaussures baskets jean veste sac",
        es="moda ropa vestido vestidos outfit zapatos zapatillas vaqueros chaqueta bolso",
        it="moda abbigliamento vestito scarpe giacca borsa",
        pt="moda roupa vestido sapatos ténis casaco",
        nl="mode =kleding jurk schoenen jas handtas",
        pl="moda ubrania sukienka buty kurtka torebka",
        ru="мода одежда платье обувь куртка сумка",
    ),
    _topic(
        "beauty", "lifestyle",
        en="skincare makeup cosmetics moisturizer serum lipstick mascara haircare shampoo"
           " =beauty",
        de="hautpflege makeup kosmetik feuchtigkeitscreme serum lippenstift wimperntusche"
           " haarpflege shampoo",
        fr="peau maquillage cosmétiques hydratante sérum lèvres mascara shampooing beauté",
        es="piel maquillaje cosmética hidratante sérum pintalabios rímel champú belleza",
        it="trucco cosmetici siero rossetto shampoo bellezza",
        pt="maquilhagem cosméticos sérum batom champô beleza",
        nl="huidverzorging cosmetica serum lippenstift shampoo",
        pl="pielęgnacja makijaż kosmetyki serum szminka szampon",
        ru="кожа макияж косметика сыворотка помада шампунь",
    ),
    _topic(
        "parenting", "lifestyle",
        en="baby babies toddler toddlers parenting parents pregnancy newborn kids children"
           " diaper nursery breastfeeding",
        de="baby babys kleinkind kleinkinder eltern erziehung schwangerschaft neugeborene"
           " kinder windel =stillen",
        fr="bébé bébés bambin parents parentalité grossesse enfants =couche allaitement",
        es="bebé bebés niño niños padres crianza embarazo pañal lactancia",
        it="neonato bambini genitori gravidanza pannolino allattamento",
        pt="bebé bebê crianças pais gravidez fralda amamentação",
        nl="baby peuter =ouders zwangerschap kinderen luier borstvoeding",
        pl="niemowlę dziecko dzieci rodzice ciąża pieluszka karmienie",
        ru="младенец малыш дети родители беременность подгузник",
    ),
    # ------------------------------------------------------------ vehicles
    _topic(
        "cars", "vehicles",
        en="car cars vehicle vehicles tyres tires =driving sedan suv dealership mileage"
           " horsepower",
        de="auto autos fahrzeug fahrzeuge motor reifen fahren fahrer limousine suv"
           " elektroauto autohaus kilometerstand",
        fr="voiture voitures véhicule véhicules moteur pneus conduire conducteur =berline suv"
           " concessionnaire",
        es="coche coches automóvil vehículo vehículos motor neumáticos conducir conductor"
           " suv concesionario",
        it="auto automobile veicolo motore pneumatici guidare",
        pt="carro carros automóvel veículo motor pneus conduzir",
        nl="auto autos voertuig motor banden rijden",
        pl="samochód samochody pojazd silnik opony jazda",
        ru="автомобиль машина двигатель шины водитель",
    ),
    _topic(
        "cycling", "vehicles",
        en="bike bikes bicycle bicycles cycling cyclist gravel ebike gears",
        de="fahrrad fahrräder radfahren radfahrer rennrad ebike gangschaltung",
        fr="vélo vélos cyclisme cycliste vtt",
        es="bicicleta bicicletas ciclismo ciclista",
        it="bicicletta ciclismo ciclista",
        pt="bicicleta ciclismo ciclista",
        nl="fiets fietsen fietser wielrennen",
        pl="rower rowery kolarstwo rowerzysta",
        ru="велосипед велоспорт велосипедист",
    ),
    # -------------------------------------------------------------- sports
    _topic(
        "team_sports", "sports",
        en="football soccer league striker championship tournament basketball tennis stadium"
           " referee",
        de="fußball liga =stürmer meisterschaft turnier basketball tennis stadion"
           " schiedsrichter bundesliga",
        fr="football ligue match =attaquant entraîneur championnat tournoi basket tennis"
           " stade arbitre",
        es="fútbol liga gol goles delantero entrenador campeonato torneo baloncesto tenis"
           " estadio árbitro",
        it="calcio campionato partita gol allenatore torneo stadio",
        pt="futebol liga golo gol treinador campeonato torneio estádio",
        nl="voetbal competitie wedstrijd doelpunt trainer toernooi stadion",
        pl="piłka nożna liga mecz gol trener turniej stadion",
        ru="футбол лига матч гол тренер чемпионат турнир стадион",
    ),
    # ------------------------------------------------------------- culture
    _topic(
        "music", "culture",
        en="music album albums song songs band guitar concert singer lyrics playlist vinyl"
           " musician",
        de="musik album alben lied lieder band gitarre konzert sänger songtext musiker",
        fr="musique album chanson chansons guitare concert chanteur =paroles musicien",
        es="música álbum canción canciones banda guitarra concierto cantante letra músico",
        it="musica album canzone band chitarra concerto cantante",
        pt="música álbum canção banda guitarra concerto cantor",
        nl="muziek album liedje band gitaar concert zanger",
        pl="muzyka album piosenka zespół gitara koncert",
        ru="музыка альбом песня =группа гитара концерт",
    ),
    _topic(
        "movies_books", "culture",
        en="movie movies film films cinema actor actress novel novels literature",
        de="film filme kino schauspieler regisseur roman romane buch bücher literatur",
        fr="film films cinéma acteur actrice =réalisateur roman romans livre livres"
           " littérature",
        es="película películas cine actor actriz novela novelas libro libros lectura"
           " literatura",
        it="film cinema attore regista romanzo =autore libro libri",
        pt="filme filmes cinema ator =realizador romance =autor livro livros",
        nl="film films bioscoop acteur regisseur roman boek boeken",
        pl="film filmy kino aktor reżyser powieść książka",
        ru="фильм кино актёр режиссёр роман книга",
    ),
    # ------------------------------------------------------------ learning
    _topic(
        "education", "learning",
        en="school schools student students teacher teachers university exam exams homework"
           " classroom curriculum tutoring",
        de="schule schulen schüler student studenten lehrer universität prüfung hausaufgaben"
           " unterricht studium",
        fr="école écoles élève élèves =étudiant =étudiants =enseignant professeur université"
           " examen =devoirs",
        es="escuela colegio alumno alumnos =estudiante =estudiantes profesor universidad"
           " examen deberes",
        it="scuola studenti insegnante università esame",
        pt="escola alunos estudantes professor universidade exame",
        nl="school leerlingen studenten leraar universiteit examen",
        pl="szkoła uczniowie studenci nauczyciel uniwersytet egzamin",
        ru="школа ученики студенты учитель университет экзамен",
    ),
    _topic(
        "science", "learning",
        en="science scientific research researchers =physics chemistry biology astronomy"
           " laboratory =experiment telescope",
        de="wissenschaft wissenschaftlich forschung forscher physik chemie biologie astronomie"
           " labor experiment",
        fr="science scientifique chercheurs physique chimie biologie astronomie laboratoire"
           " expérience",
        es="ciencia científico investigación investigadores física química biología astronomía"
           " laboratorio experimento",
        it="scienza ricerca fisica chimica biologia astronomia",
        pt="ciência investigação física química biologia astronomia",
        nl="wetenschap onderzoek natuurkunde scheikunde biologie sterrenkunde",
        pl="nauka badania fizyka chemia biologia astronomia",
        ru="наука исследование физика химия биология астрономия",
    ),
    # ------------------------------------------------------------ business
    _topic(
        "business", "business",
        en="business company companies startup entrepreneur entrepreneurs =management"
           " employees revenue =customers b2b sales",
        de="unternehmen firma startup =gründer management mitarbeiter umsatz kunden vertrieb",
        fr="entreprise entreprises startup entrepreneur gestion =employés clients ventes",
        es="empresa empresas startup emprendedor gestión =empleados =facturación clientes"
           " ventas",
        it="azienda impresa startup imprenditore =dipendenti clienti vendite",
        pt="empresa startup empreendedor gestão funcionários clientes vendas",
        nl="bedrijf onderneming startup ondernemer medewerkers klanten verkoop",
        pl="firma przedsiębiorstwo startup przedsiębiorca pracownicy klienci sprzedaż",
        ru="компания бизнес стартап предприниматель сотрудники клиенты продажи",
    ),
    _topic(
        "marketing", "business",
        en="seo =marketing backlinks backlink advertising ads keywords ranking rankings"
           " =influencer branding",
        de="seo marketing backlinks werbung keywords ranking influencer",
        fr="seo marketing backlinks =publicité =annonces référencement influenceur",
        es="seo marketing backlinks =publicidad =anuncios =posicionamiento influencer",
        it="seo marketing backlink =pubblicità =posizionamento",
        pt="seo marketing backlinks =publicidade anúncios",
        nl="seo marketing backlinks reclame advertenties",
        pl="seo marketing backlinki reklama pozycjonowanie",
        ru="seo маркетинг бэклинки реклама продвижение трафик",
    ),
    # ------------------------------------------------------------ gambling
    _topic(
        "gambling", "gambling",
        en="casino casinos poker roulette blackjack betting bookmaker jackpot gambling wager"
           " spins",
        de="casino kasino poker spielautomaten roulette blackjack sportwetten wetten buchmacher"
           " jackpot glücksspiel freispiele",
        fr="casino poker roulette blackjack bookmaker jackpot",
        es="casino póker tragamonedas tragaperras ruleta blackjack apuestas apuesta jackpot",
        it="casinò casino poker slot roulette scommesse jackpot",
        pt="casino cassino póquer roleta =apostas jackpot",
        nl="casino poker gokkasten roulette gokken weddenschappen jackpot",
        pl="kasyno poker automaty ruletka =zakłady bukmacher jackpot hazard",
        ru="казино покер слоты рулетка ставки букмекер джекпот",
    ),
)})

#: The groups, in the order of TOPICS.
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(t.group for t in TOPICS.values()))
