"""How a ministry export and an operator's plan spell things: school names, providers, speeds, variants."""
from __future__ import annotations

import numpy as np

#: People schools are commonly named after.
NAMESAKES = (
    "Ч. Айтматова", "Т. Сатылганова", "А. Осмонова", "Токтогула", "Курманжан Датки", "Ж. Баласагына",
    "А.С. Пушкина", "Ю. Гагарина", "М. Горького", "К. Тыныстанова", "Т. Молдо", "Б. Бейшеналиевой",
    "Ж. Бөкөнбаева", "И. Арабаева", "Токтоналиева", "К. Акиева", "Т. Усубалиева", "С. Орозбакова",
    "Ы. Абдрахманова", "А. Токомбаева", "Н. Исанова", "Жаныл Мырза", "Ата-Бейита", "Б. Кыдыкеевой",
)
#: The Kyrgyz form of a few namesakes for "... атындагы орто мектеби".
NAMESAKES_KY = (
    "Ч. Айтматов", "Т. Сатылганов", "А. Осмонов", "Токтогул", "Курманжан Датка", "Ж. Баласагын",
    "К. Тыныстанов", "Т. Молдо", "И. Арабаев", "Ж. Бөкөнбаев", "Барпы", "Кожомкул", "Жеңижок",
)

#: Name patterns: (pattern, weight for towns, weight for villages).
NAME_PATTERNS = (
    ("Средняя общеобразовательная школа №{n}", 3, 2),
    ("СОШ №{n} им. {who}", 3, 3),
    ("Средняя школа № {n}", 2, 2),
    ("Гимназия №{n}", 1.5, 0.2),
    ("Школа-гимназия №{n} им. {who}", 1, 0.3),
    ("Лицей №{n}", 0.7, 0.1),
    ("{who_ky} атындагы №{n} орто мектеби", 0.3, 2),
    ("Основная школа №{n}", 0.2, 1),
)

#: Access technologies: words as typed, the providers that sell them (as typed), and speeds (Mbps, weights).
CONNECTION_TYPES = {
    "fiber": ("оптика", ("Кыргызтелеком", "КыргызТелеком", "Акнет", "MaxLink", "ЭлКат"),
              ((2, 1), (4, 2), (5, 2), (8, 2), (10, 3), (20, 1.2), (30, 0.6), (50, 0.5), (100, 0.4))),
    "adsl": ("ADSL", ("Кыргызтелеком", "Кыргыз Телеком", "КТ"),
             ((0.512, 2), (1, 3), (2, 4), (3, 1), (4, 1))),
    "cellular": ("модем 3G", ("Модем О!", "О!", "Мегаком", "Билайн", "Beeline"),
                 ((0.256, 1), (0.512, 3), (1, 3), (2, 2), (3, 1))),
    "radio": ("радиорелейная", ("Сайма Телеком", "Saima Telecom", "Акнет", "MaxLink"),
              ((1, 2), (2, 3), (4, 2), (6, 1), (10, 1))),
    "satellite": ("спутник", ("Кыргызтелеком (VSAT)", "Спутник"),
                  ((0.256, 1), (0.512, 2), (1, 2), (2, 1))),
}

LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ng", "o", "u"],
))


def pick(rng: np.random.Generator, options: tuple, weights: tuple[float, ...] | None = None):
    """One option, drawn with optional weights."""
    p = None if weights is None else np.asarray(weights, float) / sum(weights)
    return options[int(rng.choice(len(options), p=p))]


def school_name(rng: np.random.Generator, number: int, urban: bool) -> str:
    """A plausible Russian (or Kyrgyz) school name."""
    patterns = tuple(p[0] for p in NAME_PATTERNS)
    weights = tuple(p[1] if urban else p[2] for p in NAME_PATTERNS)
    return pick(rng, patterns, weights).format(n=number, who=pick(rng, NAMESAKES), who_ky=pick(rng, NAMESAKES_KY))


def speed_text(rng: np.random.Generator, mbps: float) -> str:
    """Speed as people type it: kbit/s below 1 Mbps, decimal comma, occasional spacing variants."""
    if mbps < 1:
        return pick(rng, ("{k} Кбит/с", "{k} кбит/с", "{k}Кбит"), (6, 2, 1)).format(k=round(mbps * 1000))
    value = f"{mbps:g}".replace(".", ",")
    return pick(rng, ("{v} Мбит/с", "{v} мбит/с", "{v}Мбит", "{v} Мб/с"), (6, 2, 1, 1)).format(v=value)


def transliterate(text: str) -> str:
    """Latin spelling as an operator's English spreadsheet might have it."""
    out = []
    for char in text:
        latin = LATIN.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out).replace("№", "No")


def name_variant(rng: np.random.Generator, name: str) -> str:
    """The same school as another clerk typed it: case, spacing of '№', dropped honorific."""
    variants = [
        name.replace("СОШ", "Сош"),
        name.replace("№ ", "№").replace("№", "№ ") if "№" in name else name.upper(),
        name.split(" им. ")[0],
        name.replace("Средняя общеобразовательная школа", "СОШ").replace("Средняя школа", "СШ"),
        name.lower(),
    ]
    changed = [v for v in variants if v != name]
    return pick(rng, tuple(changed)) if changed else name.upper()
