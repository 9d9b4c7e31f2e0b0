"""The target pages of the labelled set: the sites whose backlinks are scored."""

TARGETS = {
    "t_dogs_en": dict(
        lang="en", url="https://www.pawsandclaws-blog.com/training/loose-leash-walking/",
        site="Paws & Claws", title="Loose-Leash Walking: A Step-by-Step Guide | Paws & Claws",
        paragraphs=[
            "Loose-leash walking is the most requested skill in our dog training classes, and the one"
            " owners give up on most often. Your dog pulls for a simple reason: pulling works. Every time"
            " the leash goes tight and the dog still moves forward, pulling is rewarded.",
            "Step 1: choose the right equipment. A flat collar or a well-fitted Y-shaped harness and a"
            " two-metre leash are all you need. Retractable leads teach the dog that tension means"
            " progress, so leave them at home while you train.",
            "Step 2: reward the position you want. Start indoors, with no distractions. Every time your"
            " dog stands or walks next to your left leg, mark it with a word and give a small treat at"
            " your hip. Puppies learn this in a few short sessions.",
            "Step 3: stop when the leash tightens. Outside, the moment the leash gets tight, stand still"
            " like a tree. Wait until your dog looks back or takes a step towards you, then praise and"
            " walk on. Change direction often so your dog learns to watch you.",
            "Step 4: add distractions slowly. Practise in quiet streets first, then near the park, then"
            " near other dogs. Let your dog sniff on cue as a reward: a 'go sniff' break is worth more"
            " to most dogs than any biscuit.",
            "Most dogs need three to six weeks of daily practice. Labradors, terriers and rescue dogs"
            " that pulled for years may take longer, but every dog can learn to walk politely on a loose"
            " leash. If your dog lunges at other dogs, read our guide to reactive dogs or book a session"
            " with a certified trainer.",
        ],
    ),
    "t_cats_en": dict(
        lang="en", url="https://www.whiskerwise.com/care/litter-box-problems/",
        site="WhiskerWise", title="Why Your Cat Stops Using the Litter Box (and How to Fix It) | WhiskerWise",
        paragraphs=[
            "A cat that suddenly urinates outside the litter box is not being spiteful. House soiling is"
            " one of the most common reasons cats are given up to shelters, yet most cases have a clear"
            " cause that can be fixed.",
            "Rule out illness first. Urinary tract infections, bladder stones, kidney disease and"
            " arthritis all make the litter tray painful or hard to reach. A vet visit with a urine test"
            " is the first step, especially for male cats that strain in the box.",
            "Check the box itself. Cats prefer a large, uncovered tray, cleaned at least once a day, with"
            " fine unscented clumping litter about five centimetres deep. The rule of thumb is one box per"
            " cat plus one, in different quiet places, away from food bowls and noisy appliances.",
            "Look at stress. A new baby, a new cat, building work or a neighbourhood cat at the window can"
            " all lead to marking. Feliway diffusers, extra scratching posts and high resting places help"
            " an anxious cat feel safe again.",
            "Clean accidents with an enzymatic cleaner, never with ammonia, which smells like urine to a"
            " cat. With patience, most cats return to their litter box within a few weeks.",
        ],
    ),
    "t_finance_en": dict(
        lang="en", url="https://www.steadyledger.com/investing/index-funds-for-beginners/",
        site="Steady Ledger", title="Index Funds for Beginners: How to Start Investing | Steady Ledger",
        paragraphs=[
            "Index funds are the simplest way to start investing. Instead of trying to pick winning"
            " stocks, an index fund buys every company in a market index, such as the S&P 500 or a global"
            " all-world index, and holds them at very low cost.",
            "Why index funds work: most professional fund managers fail to beat their index over ten"
            " years, mainly because of fees. An index fund or ETF with an expense ratio of 0.1 percent"
            " keeps more of the returns in your portfolio, and compounding does the rest.",
            "How to start: open a brokerage account or a tax-advantaged retirement account, choose one"
            " broad, low-cost fund, and set up a monthly investment plan. Many brokers let you invest from"
            " 25 dollars a month without fees.",
            "Stocks and bonds: a beginner's portfolio can be as simple as a global stock ETF plus a bond"
            " fund. The bond share lowers the swings of the portfolio; a common rule is to hold more"
            " bonds as retirement gets closer.",
            "Stay the course. Markets fall sometimes, by 30 percent or more. Investors who kept buying"
            " through crashes earned the long-term returns of the stock market. Build an emergency fund"
            " and pay off expensive debt first, then invest money you will not need for at least five"
            " years.",
        ],
    ),
    "t_cooking_de": dict(
        lang="de", url="https://www.ofenliebe.de/rezepte/sauerteigbrot-fuer-anfaenger/",
        site="Ofenliebe", title="Sauerteigbrot für Anfänger: Das einfachste Rezept | Ofenliebe",
        paragraphs=[
            "Sauerteigbrot selbst zu backen klingt kompliziert, ist aber einfacher, als viele denken."
            " Dieses Rezept ist für Anfänger gemacht: wenige Zutaten, klare Zeiten, ein gusseiserner Topf"
            " statt Backstein.",
            "Zutaten: 400 g Weizenmehl Type 550, 100 g Dinkelvollkornmehl, 350 g Wasser, 100 g aktiver"
            " Sauerteig (Anstellgut) und 10 g Salz.",
            "Am Vorabend das Anstellgut füttern, damit der Sauerteig am Morgen blubbert und sein Volumen"
            " verdoppelt hat. Mehl und Wasser verrühren und eine Stunde quellen lassen (Autolyse), dann"
            " Sauerteig und Salz einkneten.",
            "Den Teig vier Stunden bei Raumtemperatur gehen lassen und in der ersten zwei Stunden"
            " viermal dehnen und falten. Danach rund formen, ins bemehlte Gärkörbchen legen und über"
            " Nacht im Kühlschrank reifen lassen.",
            "Den Backofen mit dem Topf auf 250 °C vorheizen. Das Brot einschneiden, 25 Minuten mit Deckel"
            " und 20 Minuten ohne Deckel backen, bis die Kruste dunkel und knusprig ist. Vor dem"
            " Anschneiden mindestens eine Stunde auskühlen lassen.",
        ],
    ),
    "t_travel_fr": dict(
        lang="fr", url="https://www.carnets-de-route.fr/bretagne/road-trip-7-jours/",
        site="Carnets de route", title="Road trip en Bretagne : itinéraire de 7 jours | Carnets de route",
        paragraphs=[
            "La Bretagne se découvre idéalement en voiture. Voici notre itinéraire de sept jours, de"
            " Saint-Malo à la presqu'île de Crozon, avec les étapes, les plages et les hébergements que"
            " nous avons aimés.",
            "Jour 1 et 2 : Saint-Malo et Cancale. Promenade sur les remparts, baignade à la plage du"
            " Sillon et huîtres sur le port de Cancale. Le sentier des douaniers jusqu'à la pointe du"
            " Grouin offre une vue magnifique sur la baie.",
            "Jour 3 : la côte de Granit rose. Randonnée sur le sentier de Ploumanac'h, parmi les rochers"
            " roses, puis nuit à Perros-Guirec.",
            "Jour 4 et 5 : le Finistère nord et la presqu'île de Crozon. Phares, falaises et criques"
            " turquoise : la pointe de Pen-Hir est incontournable.",
            "Jour 6 et 7 : Locronan, Quimper et la pointe du Raz. Terminez par une crêperie et une bolée"
            " de cidre. Conseils pratiques : réservez les hôtels en été, prévoyez un coupe-vent et"
            " comptez environ 900 kilomètres de route pour ce voyage.",
        ],
    ),
    "t_tech_es": dict(
        lang="es", url="https://www.techlupa.es/analisis/mejores-moviles-gama-media/",
        site="TechLupa", title="Los mejores móviles de gama media de 2026 | TechLupa",
        paragraphs=[
            "La gama media ofrece hoy lo que hace dos años solo tenían los móviles de gama alta: pantallas"
            " OLED de 120 Hz, baterías enormes y cámaras de 50 megapíxeles. Hemos analizado los modelos más"
            " vendidos para elegir los mejores.",
            "Mejor en general: su pantalla es la más brillante de la comparativa, el procesador mueve"
            " cualquier juego y la batería supera los dos días de uso. La carga rápida de 67 W completa"
            " el teléfono en 45 minutos.",
            "Mejor cámara: el sensor principal con estabilización óptica consigue las mejores fotos"
            " nocturnas de la gama media, y el teleobjetivo es una rareza en este precio.",
            "Mejor batería: 6.000 mAh y un procesador eficiente. Es el móvil ideal si pasas el día fuera"
            " de casa.",
            "Qué mirar antes de comprar: años de actualizaciones de Android, resistencia al agua,"
            " almacenamiento ampliable y si incluye cargador. Todos los móviles de esta lista cuestan"
            " menos de 400 euros.",
        ],
    ),
    "t_garden_en": dict(
        lang="en", url="https://www.greenrow-gardens.com/vegetables/growing-tomatoes-from-seed/",
        site="Greenrow Gardens", title="Growing Tomatoes from Seed: A Complete Guide | Greenrow Gardens",
        paragraphs=[
            "Growing tomatoes from seed gives you hundreds of varieties to choose from and stronger plants"
            " than the seedlings at the garden centre. Here is the whole process, from sowing to harvest.",
            "Sowing: start seeds indoors six to eight weeks before the last frost, in trays of fine seed"
            " compost, about half a centimetre deep. Keep them warm, at 20 to 25 °C, and they germinate"
            " in a week.",
            "Seedlings: give them as much light as possible, on a sunny windowsill or under a grow light,"
            " so they do not get leggy. When the first true leaves appear, pot them on into individual"
            " pots, burying the stem deeper to grow extra roots.",
            "Planting out: harden the plants off for a week, then plant them in rich soil with plenty of"
            " compost, in the sunniest bed or in a greenhouse. Cordon tomatoes need a cane and regular"
            " pinching of side shoots.",
            "Watering and feeding: water deeply and regularly at the base of the plant, and feed with a"
            " potash-rich tomato feed once the first flowers set. Irregular watering causes split fruit"
            " and blossom end rot. Watch out for blight in wet summers.",
        ],
    ),
    "t_running_de": dict(
        lang="de", url="https://www.laufwerk-training.de/plaene/halbmarathon-trainingsplan/",
        site="Laufwerk", title="Halbmarathon-Trainingsplan für Einsteiger: 12 Wochen | Laufwerk",
        paragraphs=[
            "Ein Halbmarathon über 21,1 Kilometer ist das perfekte Ziel für Läufer, die schon zehn"
            " Kilometer schaffen. Unser Trainingsplan führt Sie in zwölf Wochen ins Ziel, mit drei bis"
            " vier Laufeinheiten pro Woche.",
            "Die Grundlage bilden lockere Dauerläufe im Grundlagentempo: so langsam, dass Sie sich dabei"
            " unterhalten können. Einmal pro Woche steht ein Tempolauf oder Intervalltraining auf dem"
            " Plan, um die Ausdauer bei höherem Tempo zu verbessern.",
            "Der lange Lauf am Wochenende wächst von zwölf auf achtzehn Kilometer. Jede vierte Woche ist"
            " eine Erholungswoche mit weniger Umfang, damit Muskeln und Sehnen sich anpassen.",
            "Ergänzen Sie das Lauftraining mit Kräftigung und Dehnen, und testen Sie Laufschuhe und"
            " Verpflegung bei den langen Läufen. In den letzten zwei Wochen wird der Umfang reduziert.",
            "Am Wettkampftag gilt: nicht zu schnell starten. Wer die erste Hälfte kontrolliert läuft,"
            " kann auf den letzten Kilometern noch zulegen und kommt glücklich ins Ziel.",
        ],
    ),
}
