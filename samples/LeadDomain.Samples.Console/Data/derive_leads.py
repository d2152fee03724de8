#!/usr/bin/env python3
"""Derives leads.csv (the sample's shipped leads) from the UCI Bank Marketing 10 % sample (CC BY 4.0).

Run from this folder:  python3 derive_leads.py path/to/bank-additional.csv > leads.csv
Deterministic (seeded), so the shipped file can be re-made and reviewed. ATTRIBUTION.md says what is taken from
the bank data and what is invented (names, companies, contact data and dates, which the data set does not have).
"""
import csv
import random
import sys
from datetime import datetime, timedelta, timezone

AS_OF = datetime(2026, 11, 30, 18, 0, tzinfo=timezone.utc)  # the data set's "today"; Program.cs uses the same instant
FIRST_F = ["Ana", "Beatriz", "Carla", "Daniela", "Inês", "Joana", "Leonor", "Mariana", "Marta", "Rita", "Sofia", "Teresa"]
FIRST_M = ["André", "Bruno", "Diogo", "Duarte", "Francisco", "João", "Miguel", "Nuno", "Pedro", "Rui", "Tiago", "Vasco"]
LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
        "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho"]
EMPLOYERS = [("Atlântico Seguros S.A.", "Insurance", "atlantico.example"), ("Lusa Software Lda", "Software", "lusasoft.example"),
             ("Porto Logística S.A.", "Logistics", "portolog.example"), ("Tejo Energia S.A.", "Energy", "tejo.example"),
             ("Minho Têxteis Lda", "Textiles", "minhotex.example"), ("Algarve Turismo Lda", "Tourism", "algarve.example")]
TITLES = {"admin.": "Administrative Assistant", "blue-collar": "Technician (blue-collar)", "technician": "Technician",
          "services": "Service Staff", "management": "Manager", "retired": "Retired", "self-employed": "Self-employed",
          "entrepreneur": "Founder", "unemployed": "Unemployed", "housemaid": "Housekeeper", "student": "Student", "unknown": ""}
OWNERS = ["ana", "bruno", "carla", "diogo"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    rnd = random.Random(42)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["first_name", "last_name", "company", "job_title", "email", "phone", "source", "industry", "employees",
                  "budget", "timeframe", "decision_maker", "stated_need", "owner", "created", "first_contact",
                  "last_touch", "calls", "meetings", "web_visits", "emails_opened"])
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            age, job, duration = int(row["age"]), row["job"], int(row["duration"])
            campaign, previous, outcome = int(row["campaign"]), int(row["previous"]), row["poutcome"]
            first = rnd.choice(FIRST_F if rnd.random() < 0.5 else FIRST_M)
            last = rnd.choice(LAST)
            company = industry = employees = ""
            domain = rnd.choice(["gmail.com", "sapo.pt", "outlook.pt"])
            if job in ("entrepreneur", "self-employed"):
                company, industry, employees = f"{last} & Filhos Lda", rnd.choice(["Retail", "Construction", "Tourism"]), str(rnd.randint(1, 40))
            elif job == "management":
                company, industry, domain = rnd.choice(EMPLOYERS)
                employees = str(rnd.choice([80, 250, 1200, 4000]))
            email = "" if row["education"] in ("basic.4y", "illiterate", "unknown") else \
                f"{first.lower()}.{last.lower()}{rnd.randint(1, 99)}@{domain}".replace("ê", "e").replace("ç", "c").replace("é", "e").replace("ã", "a").replace("â", "a")
            prefix = rnd.choice(["91", "92", "93", "96"]) if row["contact"] == "cellular" else rnd.choice(["21", "22", "23", "25"])
            phone = f"+351 {prefix}{rnd.randint(0, 9)} {rnd.randint(0, 999):03d} {rnd.randint(0, 999):03d}"
            if outcome == "success":
                source = "WordOfMouth"
            elif outcome == "failure":
                source = "Advertisement"
            elif job in ("management", "entrepreneur"):
                source = "TradeShow"
            else:
                source = "Web" if row["contact"] == "cellular" else "Advertisement"
            talked = duration >= 240                      # a real conversation: needs and money were discussed
            budget = f"{5000 + (age % 7) * 2500} EUR" if talked else ""
            subscribed = row["y"] == "yes"
            timeframe = "ThisQuarter" if subscribed else ("NextQuarter" if talked else "")
            need = "Term deposit" if subscribed else ("Savings" if talked else "")
            decision = "true" if row["marital"] in ("single", "divorced") else ""
            last_touch = AS_OF - timedelta(days=rnd.randint(0, 55), hours=rnd.randint(1, 9), minutes=rnd.randint(0, 59))
            created = last_touch - timedelta(days=2 * (campaign - 1) + 1, hours=rnd.randint(0, 6))
            reached = duration >= 60                     # shorter calls were not answered: the lead is still New
            meetings = 1 if duration >= 600 else 0
            web = previous * 2 + (3 if outcome == "success" else 0) + (1 if row["education"] == "university.degree" else 0)
            opened = previous + (1 if row["contact"] == "cellular" else 0)
            out.writerow([first, last, company, TITLES[job], email, phone, source, industry, employees, budget, timeframe,
                          decision, need, rnd.choice(OWNERS), iso(created), iso(last_touch) if reached else "",
                          iso(last_touch), campaign, meetings, web, opened])


if __name__ == "__main__":
    main(sys.argv[1])
