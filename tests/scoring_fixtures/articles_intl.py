"""German, French and Spanish article bodies of the labelled linking pages."""

ARTICLES = {
    # ------------------------------------------------------------------ de
    "hund_leine": dict(
        lang="de", host="www.hundeschule-pfotenglueck.de", site="Hundeschule Pfotenglück",
        path="/ratgeber/leinenfuehrigkeit-ueben/",
        title="Leinenführigkeit üben: So zieht Ihr Hund nicht mehr",
        paragraphs=[
            "Ein Hund, der an der Leine zieht, macht jeden Spaziergang anstrengend. In unserer"
            " Hundeschule ist die Leinenführigkeit das häufigste Thema, bei Welpen genauso wie bei"
            " erwachsenen Hunden aus dem Tierschutz.",
            "Der wichtigste Grundsatz: Ziehen darf sich nie lohnen. Sobald die Leine straff wird, bleiben"
            " Sie stehen. Erst wenn Ihr Hund zu Ihnen zurückkommt und die Leine locker ist, geht es"
            " weiter. Belohnen Sie jeden Schritt an Ihrer Seite mit einem Leckerli.",
            "Üben Sie zuerst in ruhiger Umgebung, etwa im Garten oder in einer wenig befahrenen Straße."
            " Ein gut sitzendes Geschirr schont den Hals, und eine Leine von zwei bis drei Metern lässt dem"
            " Hund etwas Spielraum zum Schnüffeln.",
            "Geduld ist alles: Die meisten Hunde brauchen mehrere Wochen täglicher Übung. Wer konsequent"
            " bleibt, wird mit entspannten Spaziergängen belohnt.",
        ],
    ),
    "brot_backen": dict(
        lang="de", host="www.landbrot-werkstatt.de", site="Landbrot Werkstatt",
        path="/backen/roggenmischbrot-mit-sauerteig/",
        title="Roggenmischbrot mit Sauerteig backen",
        paragraphs=[
            "Ein kräftiges Roggenmischbrot ist das Lieblingsbrot vieler Familien. Für den Teig brauchen"
            " Sie 300 g Roggenmehl Type 1150, 200 g Weizenmehl Type 1050, Salz, Wasser und einen aktiven"
            " Roggensauerteig.",
            "Setzen Sie den Sauerteig am Vorabend an: 100 g Roggenmehl, 100 g Wasser und 20 g Anstellgut"
            " verrühren und zwölf Stunden bei Raumtemperatur reifen lassen. Am nächsten Morgen sollte er"
            " deutlich aufgegangen sein und säuerlich duften.",
            "Alle Zutaten fünf Minuten langsam kneten, den Teig eine Stunde gehen lassen, dann zu einem"
            " runden Laib formen und im bemehlten Gärkörbchen nochmals eine Stunde gehen lassen.",
            "Den Backofen mit einem Backstein auf 250 °C vorheizen. Das Brot einschießen, kräftig"
            " schwaden und nach zehn Minuten auf 200 °C herunterschalten. Nach insgesamt 55 Minuten"
            " Backzeit hat es eine dunkle, knusprige Kruste.",
        ],
    ),
    "kuchen_rezept": dict(
        lang="de", host="www.omas-kuchenbuch.de", site="Omas Kuchenbuch",
        path="/rezepte/versunkener-apfelkuchen/",
        title="Versunkener Apfelkuchen nach Omas Rezept",
        paragraphs=[
            "Dieser Apfelkuchen gelingt immer und schmeckt nach Sonntag bei Oma. Sie brauchen 125 g"
            " weiche Butter, 125 g Zucker, drei Eier, 200 g Mehl, ein halbes Päckchen Backpulver und vier"
            " säuerliche Äpfel.",
            "Butter und Zucker schaumig rühren, die Eier einzeln unterrühren, dann Mehl und Backpulver"
            " kurz unterheben. Den Teig in eine gefettete Springform streichen.",
            "Die Äpfel schälen, vierteln, auf der runden Seite mehrmals einschneiden und dicht an dicht in"
            " den Teig drücken. Im vorgeheizten Backofen bei 180 °C etwa 45 Minuten backen.",
            "Mit Puderzucker bestäuben und lauwarm mit Sahne servieren. Der Kuchen hält sich in einer Dose"
            " drei Tage frisch.",
        ],
    ),
    "laufen_anfaenger": dict(
        lang="de", host="www.laufanfaenger-blog.de", site="Laufanfänger",
        path="/start/in-acht-wochen-zum-ersten-5-km-lauf/",
        title="In acht Wochen zum ersten 5-km-Lauf",
        paragraphs=[
            "Laufen ist der einfachste Sport der Welt: Schuhe an und los. Trotzdem geben viele Anfänger"
            " nach zwei Wochen auf, weil sie zu schnell und zu viel laufen. Unser Plan setzt auf Geduld.",
            "In den ersten Wochen wechseln Sie zwischen Gehen und Joggen: eine Minute laufen, zwei Minuten"
            " gehen, acht Wiederholungen, dreimal pro Woche. Jede Woche werden die Laufabschnitte länger.",
            "Das Tempo ist richtig, wenn Sie sich dabei noch unterhalten können. Puls und Atmung zeigen"
            " Ihnen, ob Sie im Grundlagenbereich laufen. Ein Ruhetag zwischen den Einheiten gibt Muskeln"
            " und Sehnen Zeit zur Anpassung.",
            "Nach acht Wochen schaffen die meisten Läufer 30 Minuten am Stück, genug für einen ersten"
            " 5-km-Volkslauf. Wer danach weitermachen will, kann mit einem Plan für zehn Kilometer oder"
            " später einen Halbmarathon weitertrainieren.",
        ],
    ),
    "etf_sparplan": dict(
        lang="de", host="www.finanzfluss-einfach.de", site="Finanzen einfach",
        path="/geldanlage/etf-sparplan-einrichten/",
        title="ETF-Sparplan einrichten: Schritt für Schritt",
        paragraphs=[
            "Ein ETF-Sparplan ist für viele Sparer der einfachste Weg zur Geldanlage. Jeden Monat fließt"
            " ein fester Betrag in einen oder mehrere Indexfonds, und das Depot wächst mit der Zeit.",
            "Zuerst brauchen Sie ein Depot bei einem Broker. Achten Sie auf niedrige Ordergebühren und"
            " eine große Auswahl kostenloser Sparpläne. Dann wählen Sie einen breit gestreuten ETF, etwa"
            " auf einen Weltindex mit über 1.500 Aktien.",
            "Wichtig sind die laufenden Kosten (TER), die Fondsgröße und die Frage, ob Dividenden"
            " ausgeschüttet oder thesauriert werden. Eine Rendite ist nicht garantiert, aber langfristig"
            " haben breite Aktienindizes Inflation und Zinsen deutlich geschlagen.",
            "Bleiben Sie auch in Krisen investiert und verkaufen Sie nicht in Panik. Wer 20 Jahre"
            " durchhält, profitiert vom Zinseszinseffekt.",
        ],
    ),
    "handy_test": dict(
        lang="de", host="www.technikblick-magazin.de", site="Technikblick",
        path="/tests/pixelio-8-smartphone-im-test/",
        title="Pixelio 8 im Test: Das Smartphone mit der besten Kamera?",
        paragraphs=[
            "Das Pixelio 8 will mit seiner Kamera punkten. Der Hauptsensor löst mit 50 Megapixeln auf,"
            " dazu kommen ein Ultraweitwinkel und ein Teleobjektiv mit fünffachem Zoom. Tagsüber gelingen"
            " hervorragende Fotos, auch nachts bleibt das Rauschen gering.",
            "Das 6,3 Zoll große OLED-Display ist hell und farbtreu, die Bildwiederholrate passt sich"
            " zwischen 1 und 120 Hertz an. Der hauseigene Prozessor ist schnell genug für alle Apps, wird"
            " bei Spielen aber spürbar warm.",
            "Der Akku hält einen langen Tag durch, das Laden mit 27 Watt ist allerdings gemächlich. Android"
            " bekommt sieben Jahre lang Updates, ein Rekord bei Smartphones.",
            "Fazit: Wer ein Handy mit Top-Kamera und langer Update-Garantie sucht, wird mit dem Pixelio 8"
            " glücklich.",
        ],
    ),
    "garten_tomaten": dict(
        lang="de", host="www.gemuesegarten-praxis.de", site="Gemüsegarten Praxis",
        path="/gemuese/tomaten-richtig-pflanzen/",
        title="Tomaten richtig pflanzen und pflegen",
        paragraphs=[
            "Tomaten sind das beliebteste Gemüse im Hausgarten. Damit die Ernte reich ausfällt, brauchen"
            " die Pflanzen einen sonnigen, geschützten Standort und nährstoffreiche Erde mit Kompost.",
            "Die Aussaat erfolgt ab Mitte März auf der Fensterbank. Nach den Eisheiligen im Mai werden die"
            " kräftigen Jungpflanzen ins Beet oder ins Gewächshaus gesetzt, tief genug, dass sich am Stiel"
            " neue Wurzeln bilden.",
            "Gießen Sie immer auf die Erde, nie über die Blätter, um Kraut- und Braunfäule vorzubeugen. Eine"
            " Mulchschicht hält den Boden feucht. Stabtomaten werden regelmäßig ausgegeizt und an Stäben"
            " festgebunden.",
            "Geerntet wird, wenn die Früchte voll ausgefärbt sind. Grüne Tomaten reifen im Herbst auch im"
            " Haus nach.",
        ],
    ),
    "urlaub_ostsee": dict(
        lang="de", host="www.kuestenliebe-reisen.de", site="Küstenliebe",
        path="/ostsee/eine-woche-auf-usedom/",
        title="Eine Woche Urlaub auf Usedom",
        paragraphs=[
            "Usedom ist die sonnenreichste Insel Deutschlands und ein ideales Reiseziel für Familien. Die"
            " Kaiserbäder Ahlbeck, Heringsdorf und Bansin verbindet eine Strandpromenade von zwölf"
            " Kilometern.",
            "Wir haben in einer Ferienwohnung in Heringsdorf gewohnt und jeden Tag einen anderen Strand"
            " besucht. Mit dem Rad erreicht man auch das Achterwasser und die ruhigen Dörfer im"
            " Hinterland.",
            "Ein Ausflug nach Swinemünde auf der polnischen Seite lohnt sich für den Markt und den"
            " Leuchtturm. Bei Regen bieten das Phänomenta-Museum und die Seebrücken Abwechslung.",
            "Buchen Sie Unterkunft und Anreise früh, denn in den Sommerferien ist die Insel voll. Im Mai"
            " und September ist es ruhiger und günstiger.",
        ],
    ),
    # ------------------------------------------------------------------ fr
    "bretagne_fr": dict(
        lang="fr", host="www.escapades-iodees.fr", site="Escapades iodées",
        path="/bretagne/un-week-end-a-saint-malo/",
        title="Un week-end à Saint-Malo et sur la Côte d'Émeraude",
        paragraphs=[
            "Saint-Malo est la porte d'entrée idéale pour découvrir la Bretagne. Le premier jour, faites le"
            " tour des remparts de la cité corsaire au coucher du soleil, puis dînez de galettes et de"
            " cidre dans une crêperie de l'intra-muros.",
            "Le lendemain, prenez la route côtière vers Cancale pour déguster des huîtres sur le port, puis"
            " marchez sur le sentier des douaniers jusqu'à la pointe du Grouin. La vue sur la baie du"
            " Mont-Saint-Michel est spectaculaire.",
            "Pour l'hébergement, réservez tôt en été : les hôtels de la plage du Sillon sont vite complets."
            " Hors saison, les tarifs baissent et les plages sont presque désertes.",
            "Si vous avez plus de temps, poursuivez vers Dinan et Saint-Brieuc, ou continuez vers la côte"
            " de Granit rose pour un vrai road trip breton.",
        ],
    ),
    "randonnee_alpes": dict(
        lang="fr", host="www.sentiers-et-sommets.fr", site="Sentiers et sommets",
        path="/alpes/tour-du-lac-blanc-en-deux-jours/",
        title="Randonnée : le tour du Lac Blanc en deux jours",
        paragraphs=[
            "Le Lac Blanc, au-dessus de Chamonix, offre l'une des plus belles vues des Alpes sur le massif"
            " du Mont-Blanc. Cette randonnée de deux jours convient aux marcheurs en bonne forme.",
            "Le premier jour, montez depuis le col des Montets par la réserve naturelle des Aiguilles"
            " Rouges. Comptez quatre heures de marche et 900 mètres de dénivelé jusqu'au refuge, où il"
            " faut réserver sa nuit à l'avance.",
            "Le lendemain, levez-vous tôt pour voir le soleil se lever sur les sommets, puis redescendez"
            " par les lacs des Chéserys et la Flégère. Les bouquetins sont souvent visibles près du sentier.",
            "Emportez de bonnes chaussures, une veste imperméable et assez d'eau : la météo change vite en"
            " montagne, même en plein été.",
        ],
    ),
    "recette_crepes": dict(
        lang="fr", host="www.cuisine-de-mamie-jeanne.fr", site="La cuisine de Mamie Jeanne",
        path="/recettes/pate-a-crepes-inratable/",
        title="La pâte à crêpes inratable",
        paragraphs=[
            "Pour une vingtaine de crêpes, il vous faut 250 g de farine, quatre œufs, un demi-litre de"
            " lait, une pincée de sel, deux cuillères de sucre et 50 g de beurre fondu.",
            "Versez la farine dans un saladier, creusez un puits et cassez-y les œufs. Mélangez en"
            " ajoutant le lait petit à petit pour éviter les grumeaux, puis incorporez le beurre fondu.",
            "Laissez reposer la pâte une heure au réfrigérateur. Faites chauffer une poêle légèrement"
            " beurrée, versez une petite louche de pâte et faites cuire une minute de chaque côté.",
            "Servez avec du sucre, de la confiture ou une pâte à tartiner. Pour des galettes salées,"
            " remplacez la farine de blé par de la farine de sarrasin.",
        ],
    ),
    "chien_education": dict(
        lang="fr", host="www.educateur-canin-lyon.fr", site="Éducation canine Lyon",
        path="/conseils/apprendre-la-marche-en-laisse/",
        title="Apprendre la marche en laisse à son chiot",
        paragraphs=[
            "La marche en laisse s'apprend dès l'arrivée du chiot à la maison. Un chien qui tire en laisse"
            " n'est pas dominant : il a simplement appris que tirer le fait avancer.",
            "Commencez à la maison, sans distraction. Récompensez votre chiot chaque fois qu'il marche à"
            " côté de vous avec la laisse détendue. Dès qu'elle se tend, arrêtez-vous et attendez qu'il"
            " revienne vers vous.",
            "Utilisez un harnais confortable plutôt qu'un collier étrangleur, et une laisse de deux mètres."
            " Les séances doivent être courtes : cinq minutes suffisent au début.",
            "La régularité fait tout. Avec un peu de patience, votre chien vous suivra tranquillement en"
            " promenade, même en ville.",
        ],
    ),
    "smartphone_fr": dict(
        lang="fr", host="www.mobiles-et-geeks.fr", site="Mobiles & Geeks",
        path="/tests/test-du-zephyr-s2/",
        title="Test du Zephyr S2 : un smartphone compact et puissant",
        paragraphs=[
            "Le Zephyr S2 prouve qu'un smartphone compact peut être puissant. Son écran OLED de 6,1 pouces"
            " affiche 120 Hz et une luminosité suffisante en plein soleil.",
            "Le processeur haut de gamme et les 12 Go de mémoire vive permettent de faire tourner tous les"
            " jeux sans ralentissement. Le téléphone chauffe un peu lors des longues sessions.",
            "Côté photo, le capteur principal de 50 mégapixels livre de très bons clichés de jour comme de"
            " nuit. La batterie de 4 000 mAh tient une journée, et la recharge rapide de 45 W remplit le"
            " téléphone en une heure.",
            "Verdict : un excellent choix pour ceux qui veulent un mobile facile à tenir d'une main, sans"
            " sacrifier les performances.",
        ],
    ),
    "budget_fr": dict(
        lang="fr", host="www.argent-serein.fr", site="Argent serein",
        path="/epargne/constituer-son-epargne-de-precaution/",
        title="Constituer son épargne de précaution",
        paragraphs=[
            "Avant d'investir en bourse, il faut une épargne de précaution : l'équivalent de trois à six"
            " mois de dépenses, placé sur un livret disponible à tout moment.",
            "Commencez par établir votre budget mensuel. Listez vos revenus, vos dépenses fixes comme le"
            " loyer et les assurances, puis vos dépenses variables. Vous verrez rapidement où économiser.",
            "Programmez un virement automatique vers votre livret d'épargne le jour du salaire. Même 50"
            " euros par mois font une différence au bout d'un an.",
            "Une fois cette réserve constituée, vous pouvez investir à long terme, par exemple dans des"
            " fonds indiciels, sans craindre de devoir vendre au mauvais moment.",
        ],
    ),
    # ------------------------------------------------------------------ es
    "moviles_es": dict(
        lang="es", host="www.movilzona-comparativas.es", site="MovilZona Comparativas",
        path="/comparativas/moviles-por-menos-de-400-euros/",
        title="Comparativa: los móviles por menos de 400 euros",
        paragraphs=[
            "La gama media nunca había sido tan competitiva. Hemos probado seis móviles por menos de 400"
            " euros durante un mes para saber cuál ofrece la mejor pantalla, batería y cámara.",
            "Todos los modelos tienen pantalla OLED de 120 Hz, pero el brillo máximo varía mucho: al sol,"
            " dos de ellos se ven claramente peor. En rendimiento, los procesadores de gama media mueven"
            " cualquier aplicación y la mayoría de juegos sin problema.",
            "La batería es el punto fuerte: cinco de los seis teléfonos superan el día y medio de uso, y la"
            " carga rápida de 67 W llena el móvil en menos de una hora.",
            "En fotografía, la cámara principal de 50 megapíxeles cumple de día, pero de noche solo dos"
            " modelos destacan. Android recibe actualizaciones entre tres y cinco años según la marca.",
        ],
    ),
    "portatiles_es": dict(
        lang="es", host="www.guiaportatiles.es", site="Guía Portátiles",
        path="/guias/que-portatil-comprar-para-estudiar/",
        title="Qué portátil comprar para estudiar",
        paragraphs=[
            "Un buen portátil para estudiar debe ser ligero, tener una batería que aguante toda la jornada"
            " y un teclado cómodo para escribir trabajos.",
            "Recomendamos un procesador reciente, 16 GB de RAM y un disco SSD de 512 GB. La tarjeta"
            " gráfica dedicada solo es necesaria para diseño, edición de vídeo o videojuegos.",
            "Fíjate en la pantalla: mejor mate y con buen brillo, de 14 pulgadas para llevar el ordenador"
            " a clase todos los días. El peso ideal está por debajo de 1,5 kg.",
            "Por último, compara los descuentos para estudiantes y la garantía. Un buen ordenador bien"
            " cuidado puede durar toda la carrera.",
        ],
    ),
    "perros_es": dict(
        lang="es", host="www.mundoperruno-blog.es", site="Mundo Perruno",
        path="/adiestramiento/ensenar-a-tu-perro-a-venir/",
        title="Cómo enseñar a tu perro a venir cuando lo llamas",
        paragraphs=[
            "La llamada es la orden más importante para la seguridad de tu perro. Un perro que acude"
            " siempre puede disfrutar de más libertad en el parque y en el campo.",
            "Empieza en casa: di su nombre y la palabra de llamada con voz alegre y premia con un premio"
            " muy apetecible cuando llegue. Repite pocas veces y termina antes de que se aburra.",
            "Después practica en el jardín con una correa larga y un arnés. Aumenta las distracciones poco"
            " a poco: otra persona, una pelota, otros perros a lo lejos.",
            "Nunca regañes a tu perro cuando vuelve tarde, o aprenderá que acudir tiene consecuencias"
            " malas. Con paciencia, tu cachorro aprenderá a volver siempre.",
        ],
    ),
    "viaje_es": dict(
        lang="es", host="www.rutasdelnorte-viajes.es", site="Rutas del Norte",
        path="/galicia/ruta-por-la-costa-da-morte/",
        title="Ruta en coche por la Costa da Morte",
        paragraphs=[
            "La Costa da Morte, en Galicia, es uno de los destinos más salvajes de España: acantilados,"
            " faros y playas infinitas. Te proponemos un viaje de cinco días en coche.",
            "Empieza en Malpica y sigue hacia el faro de Punta Nariga y la playa de Razo. En Camariñas,"
            " visita el museo del encaje y camina hasta el faro del cabo Vilán.",
            "Termina la ruta en Fisterra, el antiguo fin del mundo, para ver la puesta de sol. Reserva el"
            " hotel con tiempo en verano, porque el alojamiento es limitado.",
            "Lleva ropa de abrigo incluso en agosto: el viento del Atlántico sopla fuerte. Y no te vayas"
            " sin probar el pulpo y el marisco en los puertos.",
        ],
    ),
    "receta_es": dict(
        lang="es", host="www.cocinaconabuela.es", site="Cocina con la abuela",
        path="/recetas/tortilla-de-patatas-jugosa/",
        title="Tortilla de patatas jugosa",
        paragraphs=[
            "Para una tortilla para cuatro personas necesitas seis huevos, cuatro patatas medianas, una"
            " cebolla, aceite de oliva y sal.",
            "Pela las patatas y córtalas en láminas finas. Fríelas a fuego medio en abundante aceite junto"
            " con la cebolla durante veinte minutos, hasta que estén tiernas.",
            "Bate los huevos con sal, añade las patatas escurridas y deja reposar la mezcla diez minutos."
            " Cuaja la tortilla en una sartén pequeña y dale la vuelta con ayuda de un plato.",
            "El secreto de una tortilla jugosa es no cuajarla del todo: el centro debe quedar cremoso.",
        ],
    ),
    "running_es": dict(
        lang="es", host="www.corredorespopulares.es", site="Corredores Populares",
        path="/entrenamiento/plan-para-correr-10-km/",
        title="Plan de entrenamiento para correr tus primeros 10 km",
        paragraphs=[
            "Si ya corres 5 km sin parar, en ocho semanas puedes preparar tu primera carrera de 10 km."
            " Entrena tres o cuatro días por semana.",
            "La base del plan son los rodajes suaves a ritmo cómodo. Una vez por semana añade series"
            " cortas para mejorar la velocidad, y cada domingo alarga la tirada larga un kilómetro.",
            "No olvides los ejercicios de fuerza para piernas y core, y los estiramientos después de"
            " correr. Descansa al menos un día entre entrenamientos intensos.",
            "La última semana reduce el volumen. El día de la carrera sal despacio y acelera en los"
            " últimos kilómetros: disfrutarás mucho más.",
        ],
    ),
}
