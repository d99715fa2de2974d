"""Names, streets, businesses and numbers for the demo town: fictional people on plausible streets.

The lists mix the names a Cleveland County counter really sees, including the ones that trip up
lookup: apostrophes (O'Brien), accents (Renée, Muñoz, Nguyễn), two-word first names (Mary Ann).
Picking is done by the caller's ``random.Random`` so the demo stays deterministic.
"""
from __future__ import annotations

import random


def _split(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


LOCAL_LAST = _split("""
    Smith, Johnson, Williams, Brown, Jones, Davis, Miller, Wilson, Moore, Taylor, Anderson, Thomas,
    Jackson, White, Harris, Martin, Thompson, Robinson, Clark, Lewis, Lee, Walker, Hall, Allen,
    Young, King, Wright, Hill, Scott, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner,
    Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Rogers, Reed, Cook, Morgan,
    Bell, Murphy, Bailey, Cooper, Richardson, Cox, Howard, Ward, Peterson, Gray, James, Watson,
    Brooks, Kelly, Sanders, Price, Bennett, Wood, Barnes, Ross, Henderson, Coleman, Jenkins, Perry,
    Powell, Long, Patterson, Hughes, Washington, Butler, Simmons, Foster, Bryant, Alexander, Russell,
    Griffin, Hayes, Myers, Ford, Graham, Wallace, Hamrick, McSwain, Blanton, Bridges, Greene, Wray,
    Dover, Lattimore, Borders, Spangler, Beam, Hoyle, Costner, Ledford, Queen, Falls, Mauney, Putnam,
    Hord, Eskridge, Harrelson, Cabaniss, Weathers, Champion, Gardner, Lutz, Whisnant, Poston, Wease,
    Grigg, McEntire, Elliott, Dedmon, Gold, Ramsey, Hardin, Hopper, Crowder, Philbeck, Petty, Cline,
    McDaniel, McKinney, Ledbetter, Jolly, Sarratt, Webber, Lackey, Self, Splawn, Toms, Wilkins,
    Moss, Randall, Gidney, Logan, Camp, Roberts-Hamrick, Smith-Jones
""")

LOCAL_FIRST = _split("""
    James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, William, Elizabeth, David,
    Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Christopher, Nancy,
    Daniel, Lisa, Matthew, Betty, Anthony, Margaret, Mark, Sandra, Donald, Ashley, Steven, Kimberly,
    Paul, Emily, Andrew, Donna, Joshua, Michelle, Kenneth, Dorothy, Kevin, Carol, Brian, Amanda,
    George, Melissa, Timothy, Deborah, Ronald, Stephanie, Larry, Rebecca, Jeffrey, Sharon, Frank,
    Cynthia, Scott, Kathleen, Eric, Amy, Gary, Shirley, Dale, Brenda, Darrell, Tammy, Bobby, Peggy,
    Billy Ray, Mary Ann, Betty Jo, Jo Ann, Wanda, Glenda, Randy, Rhonda, Tonya, Kayla, Brittany,
    Dustin, Cody, Hunter, Madison, Brandon, Tyler, Hannah, Caleb, Ethan, Olivia, Ava, Mason, Logan,
    LaToya, DeShawn, Keisha, Tyrone, Jamal, Latisha, Darnell, Marquis, Tameka, Lakisha, Antoine,
    Shanice, Jermaine, Ebony, Terrence, Aaliyah, DeAndre, Imani, Renée, Zoë, Chloé, André, Noël,
    Hélène, Desirée, Aimée, René, Jérôme, Céline, Amélie
""")

HISPANIC_LAST = _split("""
    García, Martínez, Hernández, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Muñoz, Peña,
    Núñez, Jiménez, Gómez, Díaz, Cruz, Morales, Reyes, Ortiz, Gutiérrez, Chávez, Ramos, Ibáñez,
    Castañeda, Vázquez, Domínguez, Mendoza, Rivera, Flores, Torres
""")

HISPANIC_FIRST = _split("""
    José, María, Jesús, Juan, Luis, Carlos, Ana, Sofía, Raúl, Inés, Andrés, Lucía, Rosalía,
    Guadalupe, Martín, Ramón, Yesenia, Alejandro, Verónica, Joaquín, Adrián, Héctor, Mónica, Elena,
    Nicolás, María José, Juan Carlos
""")

VIETNAMESE_LAST = _split("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi, Đỗ")
VIETNAMESE_FIRST = _split("Minh, Thảo, Hương, Thanh, Linh, Tuấn, Anh, Dũng, Phương, Hiếu, Quang, Mai")

# Surnames with apostrophes or accents that go with the local first names.
OTHER_LAST = _split("""
    O'Brien, D'Angelo, O'Neal, O'Connor, O'Shea, O'Dell, D'Amico, O'Kelley, Côté, Bélanger,
    Lefèvre, Müller, Schäfer, Dubé
""")

# (surnames, first names, share of customers): most names are local, some are not.
NAME_GROUPS = (
    (LOCAL_LAST, LOCAL_FIRST, 80),
    (HISPANIC_LAST, HISPANIC_FIRST, 11),
    (OTHER_LAST, LOCAL_FIRST, 6),
    (VIETNAMESE_LAST, VIETNAMESE_FIRST, 3),
)
# Each group repeated by its share, so one ``choice`` picks a group with the right odds.
_GROUP_BY_SHARE = tuple(group for group in NAME_GROUPS for _ in range(group[2]))

# The customer to remember for screenshots and tests: (customer number, last, first, phone, e-mail),
# and her accounts: 1000001 at home (every service) and 6000001, a house she rents out.
DEMO_CUSTOMER = ("100001", "O'Brien", "Renée", "704-555-0142", "renee.obrien@example.com")
DEMO_ACCOUNTS = (("412 W Marion St", "28150", ("electric", "water", "sewer", "gas", "refuse")),
                 ("1107 Cleveland Ave", "28150", ("electric", "water", "sewer", "refuse")))

# (street, ZIP code, lowest and highest house number). Downtown streets have low numbers.
STREETS = (
    ("S Washington St", "28150", 100, 1400), ("N Washington St", "28150", 100, 1200),
    ("E Marion St", "28150", 100, 2200), ("W Marion St", "28150", 100, 1900),
    ("E Warren St", "28150", 100, 1600), ("W Warren St", "28150", 100, 1500),
    ("N Lafayette St", "28150", 100, 1800), ("S Lafayette St", "28150", 100, 1700),
    ("N Dekalb St", "28150", 100, 1300), ("S Dekalb St", "28150", 100, 1500),
    ("E Grover St", "28150", 100, 1200), ("W Grover St", "28150", 100, 1100),
    ("E Sumter St", "28150", 100, 900), ("W Sumter St", "28150", 100, 800),
    ("E Graham St", "28150", 100, 1400), ("W Graham St", "28150", 100, 1000),
    ("N Morgan St", "28150", 100, 900), ("S Morgan St", "28150", 100, 800),
    ("N Trade St", "28150", 100, 700), ("S Trade St", "28150", 100, 600),
    ("Buffalo St", "28150", 100, 1900), ("Kings Rd", "28150", 100, 2900),
    ("Fallston Rd", "28150", 500, 4200), ("Earl Rd", "28150", 100, 3500),
    ("E Dixon Blvd", "28152", 100, 2600), ("W Dixon Blvd", "28152", 100, 2400),
    ("Cleveland Ave", "28150", 100, 1300), ("N Post Rd", "28150", 100, 2100),
    ("S Post Rd", "28152", 100, 1900), ("Lee St", "28150", 100, 800),
    ("Blanton St", "28150", 100, 700), ("Hawthorne Rd", "28150", 100, 1500),
    ("Cherryville Rd", "28150", 200, 3800), ("Polkville Rd", "28150", 200, 4600),
    ("Wyke Rd", "28150", 100, 1800), ("Sulphur Springs Rd", "28152", 100, 2700),
    ("Country Club Rd", "28150", 100, 1100), ("Peachtree St", "28150", 100, 900),
    ("Elm St", "28150", 100, 700), ("Chestnut St", "28150", 100, 600),
    ("Clegg St", "28150", 100, 500), ("Hudson St", "28150", 100, 600),
    ("Suttle St", "28150", 100, 700), ("Charles Rd", "28152", 100, 2200),
    ("Stony Point Rd", "28150", 200, 3100), ("Whisnant St", "28150", 100, 600),
    ("Pinehurst Dr", "28150", 100, 500), ("Forest Hill Dr", "28150", 100, 600),
    ("Westview Dr", "28152", 100, 700), ("College Ave", "28152", 100, 500),
)

# Mailing addresses of owners who live out of town (landlords, estates).
NEARBY_TOWNS = (
    ("Kings Mountain", "NC", "28086"), ("Boiling Springs", "NC", "28017"), ("Lawndale", "NC", "28090"),
    ("Gastonia", "NC", "28052"), ("Charlotte", "NC", "28205"), ("Forest City", "NC", "28043"),
    ("Gaffney", "SC", "29340"),
)

BUSINESS_PREFIXES = _split("""
    Uptown Shelby, Cleveland County, Broad River, Foothills, Carolina, Piedmont, First Broad,
    Shelby, Dover Mill, Washington Street, Court Square, Marion Street, Blue Ridge, Southern Pines,
    Crest, Heritage, Graham Street, Buffalo Creek, Sandy Run, Hickory Creek
""")
BUSINESS_KINDS = _split("""
    Hardware, Barber Shop, Family Dentistry, Auto Repair, Florist, Diner, Barbecue, Laundromat,
    Insurance Agency, Feed & Seed, Baptist Church, Tire & Auto, Law Office, Dance Studio, Bakery,
    Café, Pharmacy, Properties LLC, Rentals LLC, Dry Cleaners, Pawn & Gun, Grocery, Nail Spa,
    Chiropractic, Veterinary Clinic, Realty, Printing, Storage, Church of God, Daycare
""")
# A few fixed ones with the characters lookup must cope with.
BUSINESS_NAMES = _split("""
    Rosalía's Bakery & Café, O'Malley's Pub, D'Angelo's Pizzeria, Nguyễn Nail Spa,
    Muñoz Tire & Wheel, Renée's Hair Studio, Hamrick & Bridges PLLC, Dover Mill Lofts LLC
""")


def person_name(rng: random.Random) -> tuple[str, str]:
    """(last name, first name) of a person, with realistic shares of each name group."""
    last_names, first_names, _ = rng.choice(_GROUP_BY_SHARE)
    return rng.choice(last_names), rng.choice(first_names)


def business_name(rng: random.Random) -> str:
    """A fictional local business, church or landlord company."""
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(BUSINESS_NAMES)
    if roll < 0.35:
        return f"{rng.choice(LOCAL_LAST)} {rng.choice(BUSINESS_KINDS)}"
    return f"{rng.choice(BUSINESS_PREFIXES)} {rng.choice(BUSINESS_KINDS)}"


def street_address(rng: random.Random) -> tuple[int, str, str, str]:
    """(house number, street, unit or "", ZIP code) on a Shelby street; now and then an apartment."""
    street, zip_code, low, high = rng.choice(STREETS)
    unit = f"Apt {rng.randrange(1, 13)}{rng.choice('ABCD')}" if rng.random() < 0.06 else ""
    return rng.randrange(low, high + 1), street, unit, zip_code


# Telephone exchanges of the Shelby area (704); newer lines get the 980 overlay.
EXCHANGES_704 = ("482", "484", "487", "471", "480", "481", "434", "600", "692", "751", "418", "472")


def phone_number(rng: random.Random) -> str:
    """A 704 or 980 number as customers write it, or "" for the few who give none."""
    roll = rng.random()
    if roll < 0.05:
        return ""
    if roll < 0.80:
        return f"704-{rng.choice(EXCHANGES_704)}-{rng.randrange(10_000):04d}"
    return f"980-{rng.randrange(200, 1000)}-{rng.randrange(10_000):04d}"


def routing_number(rng: random.Random) -> str:
    """A nine-digit ABA routing number whose check digit is right (Fifth Federal Reserve district)."""
    body = f"{rng.choice(('051', '053', '056'))}{rng.randrange(100_000):05d}"
    check = -sum(int(d) * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7))) % 10
    return body + str(check)


class NumberSeries:
    """Unique, increasing numbers in [low, high] with random gaps, as a billing system hands out."""

    def __init__(self, rng: random.Random, low: int, high: int, most: int) -> None:
        self.rng, self.next, self.high = rng, low, high
        self.spread = max(1, (high - low + 1) // most) * 2 - 1  # average step fits ``most`` numbers

    def take(self) -> str:
        number = self.next
        if number > self.high:  # pragma: no cover - MAX_ACCOUNTS keeps every range wide enough
            raise OverflowError("demo number range exhausted")
        self.next += 1 + self.rng.randrange(self.spread)
        return str(number)
