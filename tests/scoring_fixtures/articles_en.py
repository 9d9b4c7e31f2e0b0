"""English article bodies of the labelled linking pages (see make_fixtures.py)."""

ARTICLES = {
    "dog_recall": dict(
        lang="en", host="www.happytails-dogschool.com", site="Happy Tails Dog School",
        path="/blog/teaching-a-reliable-recall/",
        title="Teaching a Reliable Recall: Our Five-Week Plan",
        paragraphs=[
            "A dog that comes back when called is a dog that gets more freedom. In our group classes the"
            " recall is the skill owners ask about most, right after leash pulling. The good news is that"
            " any dog can learn it, from a bouncy Labrador puppy to a stubborn terrier, if the word always"
            " predicts something wonderful.",
            "Week one happens indoors. Say your recall cue once, in a happy voice, and reward your dog with"
            " a high-value treat the moment it reaches you. Cheese, chicken or a favourite toy work better"
            " than dry kibble. Repeat five times, then stop while your dog still wants more.",
            "In weeks two and three we move to the garden and a quiet park, with a long line clipped to a"
            " harness. The line is not for reeling the dog in; it only stops the dog from practising the"
            " wrong thing. Add mild distractions: another person walking past, a ball lying on the grass.",
            "Weeks four and five add real distractions, such as other dogs at a distance or a squirrel."
            " If your dog ignores the cue, you asked too much too soon: go back a step. Never call your"
            " dog to end the fun and never punish a dog that comes back late, or the cue turns poisonous.",
            "Recall and leash manners go hand in hand, because both teach the dog that staying near you"
            " pays. Practise both on every walk and your puppy will grow into a dog you can trust off lead.",
        ],
    ),
    "dog_adoption": dict(
        lang="en", host="www.secondchance-rescue.org", site="Second Chance Dog Rescue",
        path="/stories/the-first-month-with-a-rescue-dog/",
        title="The First Month with a Rescue Dog",
        paragraphs=[
            "Bringing home a rescue dog is exciting, and a little scary for everyone involved. Most of the"
            " dogs we rehome have lived in a kennel for weeks, some came from a busy shelter abroad, and a"
            " few have never lived in a house at all. Patience matters more than any gadget.",
            "Give your new dog a quiet corner with a crate or a bed, and let it decompress after"
            " the journey. Keep the first days boring: short walks on a secure harness, regular meals,"
            " the same routine every morning. Many adopters are surprised that a shy dog needs two or three"
            " weeks before its real personality appears.",
            "House training usually needs a refresher. Take your dog out after every meal and every nap,"
            " praise quietly when it goes outside and clean accidents without fuss. Our volunteers"
            " recommend a slip lead and a tag with your phone number from day one, since a nervous dog may"
            " bolt at a loud noise.",
            "Walking on a leash is often the hardest part, because many rescue dogs were never taught."
            " Expect pulling, stopping, sniffing everything. Reward the dog for every step next to you and"
            " keep walks short until your bond grows. A good trainer can help with reactive behaviour.",
            "Above all, keep in touch with the rescue. We love updates, photos and questions, and we are"
            " here for the whole life of the dog.",
        ],
    ),
    "cat_scratching": dict(
        lang="en", host="www.indoorcatlife.com", site="Indoor Cat Life",
        path="/behaviour/why-cats-scratch-furniture/",
        title="Why Cats Scratch Your Sofa and How to Redirect Them",
        paragraphs=[
            "Scratching is not bad behaviour: it is how a cat keeps its claws healthy, stretches its back"
            " and leaves scent marks from the glands in its paws. An indoor cat that has nowhere good to"
            " scratch will choose the sofa, the carpet on the stairs or the side of your bed.",
            "Offer at least one tall, heavy scratching post per cat, covered in sisal rope, placed next to"
            " the furniture your cat already likes. Kittens learn fastest, but adult cats switch too if the"
            " post is stable and sits in a spot they pass every day. A wobbly post is worse than none.",
            "Make the old target unattractive with a blanket or double-sided tape for a few weeks, and"
            " reward every scratch on the post with a treat or a game with a feather wand. Catnip or"
            " silvervine sprinkled on the sisal helps many cats, though not all react to it.",
            "Never declaw a cat. Trim the tips of the claws every few weeks instead, with a proper clipper,"
            " while your cat is relaxed. Stress can increase scratching, as it can cause litter box"
            " problems, so look at the whole household if a calm cat suddenly starts marking.",
        ],
    ),
    "cat_kitten": dict(
        lang="en", host="www.kittenkorner-blog.com", site="Kitten Korner",
        path="/new-owners/bringing-your-kitten-home/",
        title="Bringing Your Kitten Home: A Checklist for the First Week",
        paragraphs=[
            "Kittens usually leave their mother at twelve or thirteen weeks. By then they have learned to"
            " use a litter tray, to eat solid food and to play without hurting their siblings. Your job is"
            " to make the move as calm as possible.",
            "Prepare one room first: a litter box with unscented clumping litter, food and water bowls far"
            " from the tray, a scratching post, a bed and a few toys. Keep the kitten in that room for the"
            " first days so it learns where everything is before it explores the whole house.",
            "Litter habits form in the first week. Scoop the tray twice a day, put the kitten in it after"
            " meals and naps, and never move the box once the kitten uses it. Most later litter box"
            " problems start with a dirty tray, a scary location or a change of litter brand.",
            "Book a vet visit for vaccinations, deworming and a microchip, and ask about the right age for"
            " neutering. Feed a complete kitten food in small meals, three or four times a day. And play"
            " every evening: a tired kitten sleeps through the night instead of attacking your toes.",
        ],
    ),
    "smartphone_review": dict(
        lang="en", host="www.gadgetpulse-reviews.com", site="GadgetPulse",
        path="/reviews/nova-x5-smartphone-review/",
        title="Nova X5 Review: A Mid-Range Phone with a Flagship Screen",
        paragraphs=[
            "The Nova X5 costs less than half of this year's flagships, yet its 6.7-inch OLED display"
            " runs at 120 Hz and reaches 1,800 nits outdoors. Colours are accurate in the natural mode and"
            " text stays sharp, which makes it one of the best screens in its price class.",
            "Performance comes from an eight-core chipset paired with 8 GB of RAM. Apps open quickly,"
            " multitasking is smooth and demanding games run at medium settings without stutter. The phone"
            " gets warm during long gaming sessions but never uncomfortably hot.",
            "The main camera uses a 50-megapixel sensor with optical stabilisation. Daylight photos are"
            " detailed, night mode is good if you hold still, and the ultra-wide lens is only average."
            " Video tops out at 4K 30 fps, with decent stabilisation for walking shots.",
            "Battery life is excellent: the 5,000 mAh cell lasted almost two days in our tests, and 67 W"
            " charging fills it in 45 minutes. Android updates are promised for four years, with security"
            " patches for five, which is generous for a mid-range smartphone.",
            "Verdict: if you want a big, bright display and long battery life without paying flagship"
            " prices, the Nova X5 is easy to recommend.",
        ],
    ),
    "laptop_guide": dict(
        lang="en", host="www.campustech-guide.com", site="Campus Tech Guide",
        path="/buying/best-laptops-for-students/",
        title="How to Choose a Laptop for University",
        paragraphs=[
            "A student laptop has to survive four years of lectures, late-night essays and the occasional"
            " coffee spill. Before looking at brands, decide what your course needs: an engineering student"
            " running CAD software has very different demands from a history student writing papers.",
            "For most students, a processor from the last two generations, 16 GB of RAM and a 512 GB SSD"
            " are the sweet spot. Less memory will feel slow within a year, and a hard disk instead of an"
            " SSD makes every boot painful. A dedicated GPU only matters for design, gaming or machine"
            " learning coursework.",
            "Weight and battery life matter more than benchmarks when you carry the computer across campus"
            " all day. Look for at least ten hours of real-world battery life and a weight under 1.5 kg."
            " A comfortable keyboard and a bright, matte screen make long writing sessions easier.",
            "Check the ports too: USB-C charging, at least one USB-A port and HDMI save you from carrying"
            " a bag of adapters. Finally, compare student discounts and the length of the warranty; an"
            " accidental damage plan can be worth it for a device you will use every day.",
        ],
    ),
    "budget_basics": dict(
        lang="en", host="www.frugalfamilyfinance.com", site="Frugal Family Finance",
        path="/budgeting/build-your-first-budget/",
        title="Build Your First Budget in One Evening",
        paragraphs=[
            "A budget is not a punishment, it is a plan for your money. Start with your monthly take-home"
            " income, then list fixed expenses such as rent or mortgage, utilities, insurance and debt"
            " payments. What remains is what you can steer.",
            "Track your spending for one month before cutting anything. Most families find a few leaks:"
            " forgotten subscriptions, takeaway meals, bank fees. Moving those amounts into savings is the"
            " easiest win, and it does not feel like sacrifice.",
            "Build an emergency fund of three to six months of expenses in a separate savings account"
            " before you invest. Pay off high-interest credit card debt first; no investment reliably"
            " earns more than the 20 percent interest many cards charge.",
            "Once the basics are covered, automate. Set a standing order on payday into savings and into"
            " your retirement account, so the money moves before you can spend it. Review the budget every"
            " quarter, and adjust it when your income or your goals change.",
        ],
    ),
    "retirement_etf": dict(
        lang="en", host="www.quietcompounding.com", site="Quiet Compounding",
        path="/retirement/a-simple-etf-portfolio/",
        title="A Simple ETF Portfolio for Retirement Savers",
        paragraphs=[
            "You do not need to pick stocks to build wealth for retirement. A portfolio of two or three"
            " low-cost index funds gives you thousands of companies, automatic diversification and fees"
            " far below those of actively managed funds.",
            "The classic setup holds a global stock ETF for growth and a bond ETF for stability. Younger"
            " investors with decades ahead of them often hold 80 or 90 percent in stocks; as retirement"
            " approaches, the bond share rises to soften market crashes.",
            "Costs compound just like returns. A fund charging 1 percent a year can eat a quarter of your"
            " final pension compared with an index fund charging 0.1 percent. Check the expense ratio,"
            " the tracking difference and whether dividends are reinvested automatically.",
            "Invest monthly through a brokerage account or a tax-advantaged pension wrapper, and rebalance"
            " once a year. The hardest part is behavioural: do not sell when markets fall. Investors who"
            " stayed invested through every crash were rewarded by the recovery.",
        ],
    ),
    "sourdough_en": dict(
        lang="en", host="www.crumbandcrust-bakes.com", site="Crumb & Crust",
        path="/bread/my-everyday-sourdough/",
        title="My Everyday Sourdough Loaf",
        paragraphs=[
            "This is the loaf I bake every weekend: 80 percent bread flour, 20 percent wholemeal, 75"
            " percent hydration and a ripe starter. It fits a normal home oven and a Dutch oven, and it"
            " forgives a lot of mistakes.",
            "Feed your starter the evening before so it is bubbly and doubled in the morning. Mix the flour"
            " and water and let them rest for an hour, then add the starter and the salt. Over the next"
            " four hours, give the dough four sets of stretch and folds.",
            "Shape the dough into a tight ball, place it in a floured banneton and let it prove overnight"
            " in the fridge. Cold proving develops flavour and makes scoring much easier.",
            "Preheat the oven with the Dutch oven inside to 250 °C. Bake covered for 20 minutes, then"
            " uncovered for another 25 until the crust is deep brown. Let the bread cool for at least an"
            " hour before cutting, or the crumb will be gummy.",
        ],
    ),
    "weeknight_pasta": dict(
        lang="en", host="www.twentyminute-dinners.com", site="Twenty Minute Dinners",
        path="/recipes/tomato-and-garlic-spaghetti/",
        title="Tomato and Garlic Spaghetti for Busy Weeknights",
        paragraphs=[
            "This recipe takes twenty minutes from the moment you fill the pot with water. You need"
            " spaghetti, a tin of good tomatoes or a handful of fresh cherry tomatoes, garlic, olive oil,"
            " chilli flakes and a little parmesan.",
            "Cook the pasta in plenty of salted water. Meanwhile, warm the olive oil in a wide pan, add"
            " sliced garlic and chilli and let them sizzle gently without browning. Add the tomatoes,"
            " crush them with a wooden spoon and simmer the sauce for ten minutes.",
            "Drain the pasta one minute early, keeping a cup of the cooking water. Toss the spaghetti in"
            " the pan with the sauce and a splash of water until everything is glossy. Finish with basil"
            " and grated cheese, and serve straight away.",
            "Leftover sauce keeps in the fridge for three days. For a richer dinner, stir in a spoon of"
            " butter or mascarpone at the end, or add anchovies with the garlic.",
        ],
    ),
    "japan_travel": dict(
        lang="en", host="www.slowrail-journeys.com", site="Slow Rail Journeys",
        path="/asia/two-weeks-in-japan-by-train/",
        title="Two Weeks in Japan by Train",
        paragraphs=[
            "Japan is made for rail travel. Our two-week itinerary starts in Tokyo, heads west to Kyoto"
            " and Osaka, crosses to Hiroshima and Miyajima island, and returns through the Japanese Alps."
            " Every leg is covered by a regional rail pass and takes less than four hours.",
            "In Tokyo we stayed near a metro hub and spent four days walking neighbourhoods rather than"
            " ticking off sights. Kyoto deserves at least three nights: visit the famous temples at opening"
            " time, then lose the crowds in the quiet lanes of the northern hills.",
            "Book hotels early for cherry blossom season and autumn colours, when prices double. Business"
            " hotels near stations are clean, compact and affordable, and a night in a traditional inn"
            " with a hot spring bath is worth the splurge.",
            "Travel light: one small suitcase fits the luggage racks, and forwarding services send bigger"
            " bags between hotels for a few euros. Carry cash, as many small restaurants still do not take"
            " cards, and learn a few polite phrases.",
        ],
    ),
    "brittany_travel_en": dict(
        lang="en", host="www.coastalroads-travel.com", site="Coastal Roads",
        path="/france/brittany-coast-by-car/",
        title="Brittany's Coast by Car: Where to Stop",
        paragraphs=[
            "Brittany rewards slow travel. The coastline of north-west France changes every few miles,"
            " from the pink granite rocks of Ploumanac'h to the walled city of Saint-Malo and the wild"
            " headlands of Finistère. A car gives you the freedom to stop at small harbours and beaches.",
            "Start in Saint-Malo and walk the ramparts at sunset, then drive to Cancale for oysters on the"
            " harbour wall. Spend a night near Perros-Guirec to walk the customs officers' path along the"
            " pink granite coast.",
            "Further west, the Crozon peninsula and the Pointe du Raz feel like the end of the world."
            " Quimper and its old town make a good base for a day trip to Locronan and the beaches of the"
            " south coast.",
            "Plan at least a week, book hotels in July and August, and pack a rain jacket even in summer."
            " Crêpes and cider in a village crêperie are the best lunch on any road trip in Brittany.",
        ],
    ),
    "tomato_blight": dict(
        lang="en", host="www.allotment-diaries.co.uk", site="Allotment Diaries",
        path="/problems/spotting-tomato-blight-early/",
        title="Spotting Tomato Blight Early",
        paragraphs=[
            "Every allotment holder dreads late blight. It arrives in warm, humid weather in late summer,"
            " spreads on the wind and can kill a greenhouse full of tomato plants in a week. Knowing the"
            " first signs gives you time to save part of the harvest.",
            "Look for brown patches on the leaves with a pale edge, often starting on the lower leaves,"
            " and dark streaks on the stems. Fruit develops firm brown rot. Remove affected leaves at once"
            " and put them in the bin, not on the compost heap.",
            "Prevention starts with the seedlings. Grow resistant varieties, space plants well for airflow"
            " and water the soil, not the leaves. Mulch stops rain splashing spores from the soil onto the"
            " lower leaves, and a greenhouse or a simple cover keeps plants dry.",
            "If blight strikes, pick all green tomatoes and ripen them indoors on a windowsill. Next year,"
            " rotate the bed and avoid planting potatoes nearby, as they share the same disease.",
        ],
    ),
    "compost_en": dict(
        lang="en", host="www.backyardsoil-club.com", site="Backyard Soil Club",
        path="/basics/hot-composting-in-six-weeks/",
        title="Hot Composting in Six Weeks",
        paragraphs=[
            "Good soil is the secret behind every productive vegetable garden, and compost is the cheapest"
            " way to build it. A hot compost heap turns garden waste and kitchen scraps into crumbly, dark"
            " compost in about six weeks instead of a year.",
            "Mix green material such as grass clippings, vegetable peelings and spent plants with brown"
            " material such as cardboard, straw and dry leaves, roughly one part green to two parts brown."
            " Build the heap at least a metre wide so it can heat up.",
            "Keep it as moist as a wrung-out sponge and turn it every few days. A compost thermometer"
            " should show 55 to 65 °C in the centre after a week. Turning adds air and keeps the bacteria"
            " working.",
            "Finished compost smells of forest floor. Spread it on beds before planting tomatoes, beans or"
            " squash, or sieve it to make your own seed compost for spring seedlings.",
        ],
    ),
    "marathon_en": dict(
        lang="en", host="www.longrunclub-blog.com", site="Long Run Club",
        path="/training/your-first-marathon-plan/",
        title="Your First Marathon: A 16-Week Training Plan",
        paragraphs=[
            "Sixteen weeks is enough to prepare for a first marathon if you already run three times a week"
            " and can finish a 10 km race comfortably. The plan builds the long run gradually, from 14 km"
            " to 32 km, with an easier week every fourth week.",
            "Most of your running should feel easy: you should be able to talk in full sentences. Once a"
            " week, add a tempo run or intervals to raise your threshold pace. Strength exercises for hips"
            " and calves twice a week reduce the risk of injury.",
            "Practise race nutrition on your long runs. Take a gel or a sports drink every 30 to 40"
            " minutes and find out what your stomach tolerates. Never try anything new on race day,"
            " including shoes.",
            "Taper for the last three weeks: reduce the distance, keep a little speed, and sleep as much as"
            " you can. On race day, start slower than you think you should. The second half of a marathon"
            " is where good pacing pays off.",
        ],
    ),
    "seo_agency": dict(
        lang="en", host="www.rankrocket-seo.com", site="RankRocket SEO Agency",
        path="/services/link-building/",
        title="Link Building Services That Move Rankings",
        paragraphs=[
            "Backlinks remain one of the strongest ranking factors in Google. Our link building team"
            " secures placements on high authority domains in your niche, with anchors optimised for the"
            " keywords you want to rank for.",
            "Every campaign starts with a backlink audit of your site and your competitors. We identify"
            " toxic links for the disavow file, find gaps in your anchor profile and build a monthly plan"
            " of outreach, guest posts and digital PR.",
            "Our packages start at 20 high DA backlinks per month with guaranteed indexing. Reports show"
            " every new link, its domain rating and the traffic of the referring page, so you always know"
            " what you pay for.",
            "Contact our SEO specialists today for a free consultation and a custom link building"
            " proposal. Agencies can resell our services under their own brand.",
        ],
    ),
    "car_review": dict(
        lang="en", host="www.roadtest-weekly.com", site="Road Test Weekly",
        path="/reviews/volta-e3-electric-hatchback/",
        title="Volta E3 Electric Hatchback: Road Test",
        paragraphs=[
            "The Volta E3 is a compact electric hatchback aimed at families who want one car for the"
            " school run and the motorway. Its 64 kWh battery promises 410 km of range, and in our mixed"
            " test we managed a realistic 360 km in mild weather.",
            "On the road, the E3 is quiet and relaxed. Steering is light in town, the suspension soaks up"
            " speed bumps, and one-pedal driving makes traffic jams less tiring. Acceleration from 0 to"
            " 100 km/h takes 7.9 seconds, quick enough for overtaking.",
            "Rapid charging peaks at 130 kW, which takes the battery from 10 to 80 percent in about 30"
            " minutes at a motorway charger. The boot holds 380 litres, and rear passengers get more"
            " legroom than in most rivals thanks to the flat floor.",
            "Verdict: a sensible, comfortable electric car with honest range, let down only by a fiddly"
            " touchscreen and a high list price before incentives.",
        ],
    ),
    "football_news": dict(
        lang="en", host="www.matchdaycentral-news.com", site="Matchday Central",
        path="/premier/late-winner-keeps-title-race-alive/",
        title="Late Winner Keeps the Title Race Alive",
        paragraphs=[
            "A stoppage-time header from the substitute striker kept the title race open on Saturday, as"
            " the league leaders came from behind to win 2-1 in front of a sold-out stadium.",
            "The visitors had taken the lead before half-time with a deflected shot, and for long spells"
            " they defended deep and frustrated the home side. The manager's double substitution after the"
            " hour changed the game: the equaliser came from a corner in the 71st minute.",
            "The winner arrived in the 93rd minute, a looping header from a cross on the left. The referee"
            " checked for offside with the video assistant before confirming the goal, and the stadium"
            " erupted.",
            "The leaders are now three points clear with five matches left, while the defeat leaves the"
            " visitors in the relegation zone on goal difference.",
        ],
    ),
}
