"""Short news-like texts in several languages, written for the tests (English has an analyser, the others none)."""

ENGLISH = (
    "Ministers agree on a critical minerals roadmap\n\n"
    "The trade ministers of the two countries met in London on Tuesday and signed a "
    "roadmap on critical minerals. The agreement covers lithium and rare earth metals "
    "and will be reviewed in 2028, the ministry said in a statement."
)

UKRAINIAN = (
    "Уряд затвердив програму відновлення доріг\n\n"
    "Кабінет міністрів у середу ухвалив програму ремонту доріг на наступні три роки. "
    "Як повідомили в міністерстві, першочергово відремонтують мости в прикордонних "
    "областях. Фінансування передбачене в державному бюджеті."
)

KAZAKH = (
    "Астанада жаңа мектеп ашылды\n\n"
    "Елордада бір мың екі жүз оқушыға арналған жаңа мектеп пайдалануға берілді. "
    "Салтанатты шараға қала әкімі мен білім министрі қатысты. Мектепте заманауи "
    "зертханалар мен спорт кешені бар, деп хабарлады әкімдіктің баспасөз қызметі."
)

RUSSIAN = (
    "Министры подписали дорожную карту\n\n"
    "Министр промышленности Монголии Батбаяр Ганзориг встретился в Улан-Баторе с "
    "министром энергетики Казахстана Нурланом Абдрахмановым. Стороны подписали "
    "меморандум о сотрудничестве в добыче лития."
)
