"""Letters a recruiter reads as written by hand: a table of realistic facts, row by row.

Each row is something real people type into the wizard: names with titles, suffixes and particles,
teams and roles instead of a person, names in odd case and from many cultures; companies that take
an article ("the University of Cambridge", "the NHS") or are shouted ("ACME CORP"); roles pasted
from a job board; reasons long and short. Each row says how the letter must greet them and what
its subject must be, and every letter must pass the project's own review (all eight guidelines,
reviewed on Monday 2 March 2026, before any interview), read easily (Flesch reading ease of 60 or
more) and say no content word three times.

A row's offers: R recommends Jo Malik, F offers feedback, K keeps in touch, D has an interview on
Tuesday 10 March 2026.
"""

# ruff: noqa: RUF001 (the subjects join the sender's name with an en dash, as the letters do)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from declines.core.letters import INBOX_LINE, LetterFacts, compose_letter
from declines.core.review import review_letter
from tests.core.letters.repetition import repeated

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("UTC"))
INTERVIEW = date(2026, 3, 10)
MIN_FLESCH = 60
MAX_WORDS = 250


@dataclass(frozen=True)
class Row:
    recipient: str
    company: str
    role: str
    tone: str
    variant: int
    reason: str
    detail: str
    sender: str
    offers: str  # R, F, K, D: see the module's docstring
    interest: str  # the roles they would like to hear about
    greeting: str  # the letter's first line, without its comma
    subject: str

    def facts(self) -> LetterFacts:
        return LetterFacts(
            recipient_name=self.recipient,
            company=self.company,
            role=self.role,
            tone=self.tone,
            reason=self.reason,
            reason_detail=self.detail,
            sender_name=self.sender,
            referral_name="Jo Malik" if "R" in self.offers else "",
            offer_feedback="F" in self.offers,
            keep_in_touch="K" in self.offers,
            future_interest=self.interest,
            interview_at=INTERVIEW if "D" in self.offers else None,
        )


# fmt: off
ROWS = [
    Row(
        "Dr Priya Raman PhD", "NHS", "Product Manager (London, Hybrid)", "formal", 0,
        "location", "The role is too far away", "Sam Rivera", "RFK", "",
        greeting="Dear Dr Raman",
        subject="Withdrawing from the Product Manager interview at the NHS – Sam Rivera",
    ),
    Row(
        "van der Berg, Anna", "Stripe", "the Backend Engineer role", "warm", 0,
        "role_mismatch", "not the right fit for my skills", "Tom Becker", "D", "",
        greeting="Hi Anna",
        subject="Withdrawing from the Backend Engineer interview at Stripe – Tom Becker",
    ),
    Row(
        "helen PARK", "British Museum", "Marketing Coordinator", "brief", 0,
        "location", "Due to relocation to Berlin", "Jean-Luc d'Arc", "K", "data roles",
        greeting="Hi Helen",
        subject="Withdrawing from the Marketing Coordinator interview – Jean-Luc d'Arc",
    ),
    Row(
        "Sir David Attenborough", "Spotify", "SENIOR DATA ANALYST", "formal", 1,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Ines Moreau", "", "data roles",
        greeting="Dear Sir David",
        subject="Withdrawal of my Senior Data Analyst application at Spotify – Ines Moreau",
    ),
    Row(
        "Hiring Team at Acme", "Babylon Health", "Junior Accountant", "warm", 1,
        "timing", "I've just started a new job and want to give it a fair go", "", "RKD", "roles in Berlin",
        greeting="Dear Acme Hiring Team",
        subject="An update on the Junior Accountant interview at Babylon Health",
    ),
    Row(
        "Talent Partner", "Deliveroo", "Editor", "brief", 1,
        "career_change", "After a lot of thought I want to stay in research", "Li Wei", "F", "roles in Berlin",
        greeting="Dear Talent Partner",
        subject="Withdrawing my Editor application – Li Wei",
    ),
    Row(
        "Recruitment", "Northwind", "Backend Developer #4421", "formal", 2,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "Kofi Boateng", "K", "future openings",
        greeting="Dear Recruitment Team",
        subject="Declining the Backend Developer interview at Northwind – Kofi Boateng",
    ),
    Row(
        "the Acme team", "KPMG LLP", "Operations Lead", "warm", 2,
        "compensation", "the salary", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "future openings",
        greeting="Dear Acme team",
        subject="Thank you, and an update on this role – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "María José García López", "Airbus", "Senior Data Engineer (Platform)", "brief", 2,
        "personal", "We're expecting a baby in May", "Amira Haddad", "RK", "",
        greeting="Hi María",
        subject="Update on the Senior Data Engineer interview at Airbus – Amira Haddad",
    ),
    Row(
        "Robert (Bob) Smith", "Save the Children", "Graduate Trainee", "formal", 0,
        "timing", "Bad timing", "Priyanka Chopra Jonas", "", "",
        greeting="Dear Robert Smith",
        subject="Withdrawing from the Graduate Trainee interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Ms Park", "Siemens", "Teacher (Maths)", "warm", 0,
        "location", "London commute", "Sam Rivera", "FKD", "data roles",
        greeting="Hi Ms Park",
        subject="Withdrawing from the Teacher (Maths) interview at Siemens – Sam Rivera",
    ),
    Row(
        "Prof. Dr. Klaus Müller", "University of Cambridge", "Staff Nurse", "brief", 0,
        "location", "Not looking to relocate", "Tom Becker", "", "data roles",
        greeting="Hi Klaus",
        subject="Withdrawing from the Staff Nurse interview – Tom Becker",
    ),
    Row(
        "Dame Judi Dench", "Bank of England", "Machine Learning Engineer", "formal", 1,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "Jean-Luc d'Arc", "RK", "roles in Berlin",
        greeting="Dear Dame Judi",
        subject="Withdrawal of my Machine Learning Engineer application – Jean-Luc d'Arc",
    ),
    Row(
        "Mx. Sam Taylor", "Acme Inc.", "Legal Counsel", "warm", 1,
        "personal", "Family reasons", "Ines Moreau", "D", "roles in Berlin",
        greeting="Hi Sam",
        subject="An update on the Legal Counsel interview at Acme Inc. – Ines Moreau",
    ),
    Row(
        "John Smith, Jr.", "INTERNATIONAL BUSINESS MACHINES", "UX Designer (12-month contract)", "brief", 1,
        "career_change", "I'm moving into teaching", "", "K", "future openings",
        greeting="Hi John",
        subject="Withdrawing my UX Designer application",
    ),
    Row(
        "Rev. Martin Luther King Jr.", "Yahoo!", "Clinical Psychologist", "formal", 2,
        "other", "", "Li Wei", "F", "future openings",
        greeting="Dear Rev. King",
        subject="Declining the Clinical Psychologist interview at Yahoo! – Li Wei",
    ),
    Row(
        "WANG Wei", "Revolut Ltd", "Software Engineer - Backend (Remote) - Ref 123", "warm", 2,
        "personal", "I need to look after my mother after her surgery", "Kofi Boateng", "RKD", "",
        greeting="Hi Wei",
        subject="Thank you, and an update on the Software Engineer role – Kofi Boateng",
    ),
    Row(
        "Siobhán Ní Bhriain", "IBM", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 2,
        "other", "I want to focus on my health", "Anastasia Valentina Konstantinopoulou-Smythe", "", "",
        greeting="Hi Siobhán",
        subject="Update on the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Aisha bin Rashid", "AT&T Labs", "Sr. Product Designer", "formal", 0,
        "compensation", "The package doesn't quite meet what I need right now", "Amira Haddad", "K", "data roles",
        greeting="Dear Aisha bin Rashid",
        subject="Withdrawing from the Product Designer interview – Amira Haddad",
    ),
    Row(
        "Kwame Mensah", "The Guardian", "Position: Data Analyst (m/w/d)", "warm", 0,
        "location", "after moving to Leeds", "Priyanka Chopra Jonas", "D", "data roles",
        greeting="Hi Kwame",
        subject="Withdrawing from the Data Analyst interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Nguyễn Thị Lan", "Met Office", "Customer Success Manager - EMEA", "brief", 0,
        "compensation", "Salary too low for my experience", "Sam Rivera", "RFK", "roles in Berlin",
        greeting="Hi Lan",
        subject="Withdrawing from the Customer Success Manager interview – Sam Rivera",
    ),
    Row(
        "O'BRIEN, SEAN", "Imperial College London", "Site Reliability Engineer", "formal", 1,
        "another_offer", "Accepted a role at a startup", "Tom Becker", "", "roles in Berlin",
        greeting="Dear Sean O'Brien",
        subject="Withdrawal of my Site Reliability Engineer application – Tom Becker",
    ),
    Row(
        "mary-jane o'neil", "Department for Education", "Lecturer in Economics", "warm", 1,
        "role_mismatch", "The role is more sales-focused than I'd hoped", "Jean-Luc d'Arc", "KD", "future openings",
        greeting="Hi Mary-Jane",
        subject="An update on the Lecturer in Economics interview – Jean-Luc d'Arc",
    ),
    Row(
        "ludwig van beethoven", "The University of Edinburgh", "Policy Adviser", "brief", 1,
        "another_offer", "", "Ines Moreau", "", "future openings",
        greeting="Hi Ludwig",
        subject="Withdrawing my Policy Adviser application – Ines Moreau",
    ),
    Row(
        "Jean-Luc d'Arc", "Deutsche Bank AG", "Communications Officer", "formal", 2,
        "personal", "For personal reasons", "", "RK", "",
        greeting="Dear Jean-Luc d'Arc",
        subject="Declining the Communications Officer interview at Deutsche Bank AG",
    ),
    Row(
        "Zoë O'Brien-Ngũgĩ", "Shopify", "Head of Marketing", "warm", 2,
        "location", "The office is three hours from home and I can't relocate my family", "Li Wei", "FD", "",
        greeting="Hi Zoë",
        subject="Thank you, and an update on the Head of Marketing role at Shopify – Li Wei",
    ),
    Row(
        "Fatima Al-Zahra", "Accenture", "Frontend Developer | React | Remote", "brief", 2,
        "another_offer", "I have accepted an offer at a firm near my family, which lets me be home for my two young kids after school each day", "Kofi Boateng", "K", "data roles",
        greeting="Hi Fatima",
        subject="Update on the Frontend Developer interview at Accenture – Kofi Boateng",
    ),
    Row(
        "Chidi Okonkwo", "Royal Society", "Software Engineer at Google", "formal", 0,
        "timing", "My current project runs until June and I don't want to leave the team mid-way", "Anastasia Valentina Konstantinopoulou-Smythe", "", "data roles",
        greeting="Dear Chidi Okonkwo",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Olga Ivanova", "National Trust", "Research Associate", "warm", 0,
        "prefer_not_to_say", "", "Amira Haddad", "RKD", "roles in Berlin",
        greeting="Hi Olga",
        subject="Withdrawing from the Research Associate interview – Amira Haddad",
    ),
    Row(
        "Hiroshi Tanaka", "Wellcome Trust", "Data Scientist, Remote", "brief", 0,
        "compensation", "Given the commute and the pay, it doesn't add up for us", "Priyanka Chopra Jonas", "", "roles in Berlin",
        greeting="Hi Hiroshi",
        subject="Withdrawing from the Data Scientist interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr. Amara Nwosu, MD", "BBC", "Product Manager (London, Hybrid)", "formal", 1,
        "role_mismatch", "Doesn't align with my goals", "Sam Rivera", "FK", "future openings",
        greeting="Dear Dr. Nwosu",
        subject="Withdrawal of my Product Manager application at the BBC – Sam Rivera",
    ),
    Row(
        "Lord Sugar", "Alan Turing Institute", "the Backend Engineer role", "warm", 1,
        "timing", "", "Tom Becker", "D", "future openings",
        greeting="Dear Lord Sugar",
        subject="An update on the Backend Engineer interview – Tom Becker",
    ),
    Row(
        "Hiring Manager", "Ministry of Defence", "Marketing Coordinator", "brief", 1,
        "location", "The role is too far away", "Jean-Luc d'Arc", "RK", "",
        greeting="Dear Hiring Manager",
        subject="Withdrawing my Marketing Coordinator application – Jean-Luc d'Arc",
    ),
    Row(
        "HR", "Cancer Research UK", "SENIOR DATA ANALYST", "formal", 2,
        "role_mismatch", "not the right fit for my skills", "Ines Moreau", "", "",
        greeting="Dear HR Team",
        subject="Declining the Data Analyst interview at Cancer Research UK – Ines Moreau",
    ),
    Row(
        "Talent Acquisition Team", "ACME CORP", "Junior Accountant", "warm", 2,
        "location", "Due to relocation to Berlin", "", "KD", "data roles",
        greeting="Dear Talent Acquisition Team",
        subject="Thank you, and an update on the Junior Accountant role at Acme Corp",
    ),
    Row(
        "Sir/Madam", "Google", "Editor", "brief", 2,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Li Wei", "F", "data roles",
        greeting="Dear Sir or Madam",
        subject="Update on the Editor interview at Google – Li Wei",
    ),
    Row(
        "careers@northwind.com", "Monzo", "Backend Developer #4421", "formal", 0,
        "timing", "I've just started a new job and want to give it a fair go", "Kofi Boateng", "RK", "roles in Berlin",
        greeting="Hello",
        subject="Withdrawing from the Backend Developer interview at Monzo – Kofi Boateng",
    ),
    Row(
        "helen.park@acme.com", "Globex Corporation", "Operations Lead", "warm", 0,
        "career_change", "After a lot of thought I want to stay in research", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "roles in Berlin",
        greeting="Hi Helen",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Helen Park <helen@acme.com>", "Ocado Group plc", "Senior Data Engineer (Platform)", "brief", 0,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "Amira Haddad", "K", "future openings",
        greeting="Hi Helen",
        subject="Withdrawing from the Senior Data Engineer interview – Amira Haddad",
    ),
    Row(
        "Helen Park (she/her) - Talent Partner", "SAP", "Graduate Trainee", "formal", 1,
        "compensation", "the salary", "Priyanka Chopra Jonas", "", "future openings",
        greeting="Dear Helen Park",
        subject="Withdrawal of my Graduate Trainee application – Priyanka Chopra Jonas",
    ),
    Row(
        "Dear Priya", "NHS", "Teacher (Maths)", "warm", 1,
        "personal", "We're expecting a baby in May", "Sam Rivera", "RFKD", "",
        greeting="Hi Priya",
        subject="An update on the Teacher (Maths) interview at the NHS – Sam Rivera",
    ),
    Row(
        "DR. JAMES O'CONNOR", "Stripe", "Staff Nurse", "brief", 1,
        "timing", "Bad timing", "Tom Becker", "", "",
        greeting="Hi James",
        subject="Withdrawing my Staff Nurse application – Tom Becker",
    ),
    Row(
        "Ana Lima", "British Museum", "Machine Learning Engineer", "formal", 2,
        "location", "London commute", "Jean-Luc d'Arc", "K", "data roles",
        greeting="Dear Ana Lima",
        subject="Declining the Machine Learning Engineer interview – Jean-Luc d'Arc",
    ),
    Row(
        "Björn Andersson", "Spotify", "Legal Counsel", "warm", 2,
        "location", "Not looking to relocate", "Ines Moreau", "D", "data roles",
        greeting="Hi Björn",
        subject="Thank you, and an update on the Legal Counsel role – Ines Moreau",
    ),
    Row(
        "Juan de la Cruz", "Babylon Health", "UX Designer (12-month contract)", "brief", 2,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "", "RK", "roles in Berlin",
        greeting="Hi Juan",
        subject="Update on the UX Designer interview at Babylon Health",
    ),
    Row(
        "Mrs Eleanor Whitfield", "Deliveroo", "Clinical Psychologist", "formal", 0,
        "personal", "Family reasons", "Li Wei", "F", "roles in Berlin",
        greeting="Dear Mrs Whitfield",
        subject="Withdrawing from the Clinical Psychologist interview at Deliveroo – Li Wei",
    ),
    Row(
        "Mr. Tomás Herrera", "Northwind", "Software Engineer - Backend (Remote) - Ref 123", "warm", 0,
        "career_change", "I'm moving into teaching", "Kofi Boateng", "KD", "future openings",
        greeting="Hi Tomás",
        subject="Withdrawing from the Software Engineer interview – Kofi Boateng",
    ),
    Row(
        "Professor Ada Okafor", "KPMG LLP", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 0,
        "other", "", "Anastasia Valentina Konstantinopoulou-Smythe", "", "future openings",
        greeting="Hi Ada",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Lakshmi Narayanan", "Airbus", "Sr. Product Designer", "formal", 1,
        "personal", "I need to look after my mother after her surgery", "Amira Haddad", "RK", "",
        greeting="Dear Lakshmi Narayanan",
        subject="Withdrawal of my Sr. Product Designer application at Airbus – Amira Haddad",
    ),
    Row(
        "Mohammed Al-Farsi", "Save the Children", "Position: Data Analyst (m/w/d)", "warm", 1,
        "other", "I want to focus on my health", "Priyanka Chopra Jonas", "D", "",
        greeting="Hi Mohammed",
        subject="An update on the Data Analyst interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Yuki Sato", "Siemens", "Customer Success Manager - EMEA", "brief", 1,
        "compensation", "The package doesn't quite meet what I need right now", "Sam Rivera", "FK", "data roles",
        greeting="Hi Yuki",
        subject="Withdrawing my Customer Success Manager application – Sam Rivera",
    ),
    Row(
        "Park, Ji-woo", "University of Cambridge", "Site Reliability Engineer", "formal", 2,
        "location", "after moving to Leeds", "Tom Becker", "", "data roles",
        greeting="Dear Ji-woo Park",
        subject="Declining the Site Reliability Engineer interview – Tom Becker",
    ),
    Row(
        "Giulia Rossi", "Bank of England", "Lecturer in Economics", "warm", 2,
        "compensation", "Salary too low for my experience", "Jean-Luc d'Arc", "RKD", "roles in Berlin",
        greeting="Hi Giulia",
        subject="Thank you, and an update on this role – Jean-Luc d'Arc",
    ),
    Row(
        "Pieter de Vries", "Acme Inc.", "Policy Adviser", "brief", 2,
        "another_offer", "Accepted a role at a startup", "Ines Moreau", "", "roles in Berlin",
        greeting="Hi Pieter",
        subject="Update on the Policy Adviser interview at Acme Inc. – Ines Moreau",
    ),
    Row(
        "Ngozi Adeyemi", "INTERNATIONAL BUSINESS MACHINES", "Communications Officer", "formal", 0,
        "role_mismatch", "The role is more sales-focused than I'd hoped", "", "K", "future openings",
        greeting="Dear Ngozi Adeyemi",
        subject="Withdrawing from the Communications Officer interview",
    ),
    Row(
        "Engineering Manager", "Yahoo!", "Head of Marketing", "warm", 0,
        "another_offer", "", "Li Wei", "FD", "future openings",
        greeting="Dear Engineering Manager",
        subject="Withdrawing from the Head of Marketing interview at Yahoo! – Li Wei",
    ),
    Row(
        "People Team", "Revolut Ltd", "Frontend Developer | React | Remote", "brief", 0,
        "personal", "For personal reasons", "Kofi Boateng", "RK", "",
        greeting="Dear People Team",
        subject="Withdrawing from the Frontend Developer interview – Kofi Boateng",
    ),
    Row(
        "the Stripe recruiting team", "IBM", "Software Engineer at Google", "formal", 1,
        "location", "The office is three hours from home and I can't relocate my family", "Anastasia Valentina Konstantinopoulou-Smythe", "", "",
        greeting="Dear Stripe recruiting team",
        subject="Withdrawal of my application – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Søren Kierkegaard", "AT&T Labs", "Research Associate", "warm", 1,
        "another_offer", "I have accepted an offer at a firm near my family, which lets me be home for my two young kids after school each day", "Amira Haddad", "KD", "data roles",
        greeting="Hi Søren",
        subject="An update on the Research Associate interview at AT&T Labs – Amira Haddad",
    ),
    Row(
        "Émilie Dubois", "The Guardian", "Data Scientist, Remote", "brief", 1,
        "timing", "My current project runs until June and I don't want to leave the team mid-way", "Priyanka Chopra Jonas", "", "data roles",
        greeting="Hi Émilie",
        subject="Withdrawing my Data Scientist application – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr Ravi Shankar", "Met Office", "Product Manager (London, Hybrid)", "formal", 2,
        "prefer_not_to_say", "", "Sam Rivera", "RFK", "roles in Berlin",
        greeting="Dear Dr Shankar",
        subject="Declining the Product Manager interview at the Met Office – Sam Rivera",
    ),
    Row(
        "Kateryna Kovalenko", "Imperial College London", "the Backend Engineer role", "warm", 2,
        "compensation", "Given the commute and the pay, it doesn't add up for us", "Tom Becker", "D", "roles in Berlin",
        greeting="Hi Kateryna",
        subject="Thank you, and an update on the Backend Engineer role – Tom Becker",
    ),
    Row(
        "Liam O'Sullivan", "Department for Education", "Marketing Coordinator", "brief", 2,
        "role_mismatch", "Doesn't align with my goals", "Jean-Luc d'Arc", "K", "future openings",
        greeting="Hi Liam",
        subject="Update on the Marketing Coordinator interview – Jean-Luc d'Arc",
    ),
    Row(
        "Sarah-Jane McAllister", "The University of Edinburgh", "SENIOR DATA ANALYST", "formal", 0,
        "timing", "", "Ines Moreau", "", "future openings",
        greeting="Dear Sarah-Jane McAllister",
        subject="Withdrawing from the Data Analyst interview – Ines Moreau",
    ),
    Row(
        "Thandiwe Ndlovu", "Deutsche Bank AG", "Junior Accountant", "warm", 0,
        "location", "The role is too far away", "", "RKD", "",
        greeting="Hi Thandiwe",
        subject="Withdrawing from the Junior Accountant interview at Deutsche Bank AG",
    ),
    Row(
        "José Luis Rodríguez", "Shopify", "Editor", "brief", 0,
        "role_mismatch", "not the right fit for my skills", "Li Wei", "F", "",
        greeting="Hi José",
        subject="Withdrawing from the Editor interview – Li Wei",
    ),
    Row(
        "Ms. Alexandra Petrova-Smith", "Accenture", "Backend Developer #4421", "formal", 1,
        "location", "Due to relocation to Berlin", "Kofi Boateng", "K", "data roles",
        greeting="Dear Ms. Petrova-Smith",
        subject="Withdrawal of my Backend Developer application at Accenture – Kofi Boateng",
    ),
    Row(
        "Tom", "Royal Society", "Operations Lead", "warm", 1,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "data roles",
        greeting="Hi Tom",
        subject="An update on the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Jo Malik", "National Trust", "Senior Data Engineer (Platform)", "brief", 1,
        "timing", "I've just started a new job and want to give it a fair go", "Amira Haddad", "RK", "roles in Berlin",
        greeting="Hi Jo",
        subject="Withdrawing my Senior Data Engineer (Platform) application – Amira Haddad",
    ),
    Row(
        "Head of Talent", "Wellcome Trust", "Graduate Trainee", "formal", 2,
        "career_change", "After a lot of thought I want to stay in research", "Priyanka Chopra Jonas", "", "roles in Berlin",
        greeting="Dear Head of Talent",
        subject="Declining the Graduate Trainee interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr Priya Raman PhD", "BBC", "Teacher (Maths)", "warm", 2,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "Sam Rivera", "FKD", "future openings",
        greeting="Hi Priya",
        subject="Thank you, and an update on the Teacher role at the BBC – Sam Rivera",
    ),
    Row(
        "van der Berg, Anna", "Alan Turing Institute", "Staff Nurse", "brief", 2,
        "compensation", "the salary", "Tom Becker", "", "future openings",
        greeting="Hi Anna",
        subject="Update on the Staff Nurse interview – Tom Becker",
    ),
    Row(
        "helen PARK", "Ministry of Defence", "Machine Learning Engineer", "formal", 0,
        "personal", "We're expecting a baby in May", "Jean-Luc d'Arc", "RK", "",
        greeting="Dear Helen Park",
        subject="Withdrawing from the Machine Learning Engineer interview – Jean-Luc d'Arc",
    ),
    Row(
        "Sir David Attenborough", "Cancer Research UK", "Legal Counsel", "warm", 0,
        "timing", "Bad timing", "Ines Moreau", "D", "",
        greeting="Dear Sir David",
        subject="Withdrawing from the Legal Counsel interview – Ines Moreau",
    ),
    Row(
        "Hiring Team at Acme", "ACME CORP", "UX Designer (12-month contract)", "brief", 0,
        "location", "London commute", "", "K", "data roles",
        greeting="Dear Acme Hiring Team",
        subject="Withdrawing from the UX Designer interview",
    ),
    Row(
        "Talent Partner", "Google", "Clinical Psychologist", "formal", 1,
        "location", "Not looking to relocate", "Li Wei", "F", "data roles",
        greeting="Dear Talent Partner",
        subject="Withdrawal of my Clinical Psychologist application at Google – Li Wei",
    ),
    Row(
        "Recruitment", "Monzo", "Software Engineer - Backend (Remote) - Ref 123", "warm", 1,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "Kofi Boateng", "RKD", "roles in Berlin",
        greeting="Dear Recruitment Team",
        subject="An update on the Software Engineer interview at Monzo – Kofi Boateng",
    ),
    Row(
        "the Acme team", "Globex Corporation", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 1,
        "personal", "Family reasons", "Anastasia Valentina Konstantinopoulou-Smythe", "", "roles in Berlin",
        greeting="Dear Acme team",
        subject="Withdrawing my application – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "María José García López", "Ocado Group plc", "Sr. Product Designer", "formal", 2,
        "career_change", "I'm moving into teaching", "Amira Haddad", "K", "future openings",
        greeting="Dear María José García López",
        subject="Declining the Product Designer interview at Ocado Group plc – Amira Haddad",
    ),
    Row(
        "Robert (Bob) Smith", "SAP", "Position: Data Analyst (m/w/d)", "warm", 2,
        "other", "", "Priyanka Chopra Jonas", "D", "future openings",
        greeting="Hi Bob",
        subject="Thank you, and an update on the Data Analyst role – Priyanka Chopra Jonas",
    ),
    Row(
        "Ms Park", "NHS", "Customer Success Manager - EMEA", "brief", 2,
        "personal", "I need to look after my mother after her surgery", "Sam Rivera", "RFK", "",
        greeting="Hi Ms Park",
        subject="Update on the Customer Success Manager interview at the NHS – Sam Rivera",
    ),
    Row(
        "Prof. Dr. Klaus Müller", "Stripe", "Site Reliability Engineer", "formal", 0,
        "other", "I want to focus on my health", "Tom Becker", "", "",
        greeting="Dear Prof. Dr. Müller",
        subject="Withdrawing from the Site Reliability Engineer interview – Tom Becker",
    ),
    Row(
        "Dame Judi Dench", "British Museum", "Lecturer in Economics", "warm", 0,
        "compensation", "The package doesn't quite meet what I need right now", "Jean-Luc d'Arc", "KD", "data roles",
        greeting="Dear Dame Judi",
        subject="Withdrawing from the Lecturer in Economics interview – Jean-Luc d'Arc",
    ),
    Row(
        "Mx. Sam Taylor", "Spotify", "Policy Adviser", "brief", 0,
        "location", "after moving to Leeds", "Ines Moreau", "", "data roles",
        greeting="Hi Sam",
        subject="Withdrawing from the Policy Adviser interview – Ines Moreau",
    ),
    Row(
        "John Smith, Jr.", "Babylon Health", "Communications Officer", "formal", 1,
        "compensation", "Salary too low for my experience", "", "RK", "roles in Berlin",
        greeting="Dear John Smith Jr.",
        subject="Withdrawal of my Communications Officer application at Babylon Health",
    ),
    Row(
        "Rev. Martin Luther King Jr.", "Deliveroo", "Head of Marketing", "warm", 1,
        "another_offer", "Accepted a role at a startup", "Li Wei", "FD", "roles in Berlin",
        greeting="Hi Martin",
        subject="An update on the Head of Marketing interview at Deliveroo – Li Wei",
    ),
    Row(
        "WANG Wei", "Northwind", "Frontend Developer | React | Remote", "brief", 1,
        "role_mismatch", "The role is more sales-focused than I'd hoped", "Kofi Boateng", "K", "future openings",
        greeting="Hi Wei",
        subject="Withdrawing my Frontend Developer application – Kofi Boateng",
    ),
    Row(
        "Siobhán Ní Bhriain", "KPMG LLP", "Software Engineer at Google", "formal", 2,
        "another_offer", "", "Anastasia Valentina Konstantinopoulou-Smythe", "", "future openings",
        greeting="Dear Siobhán Ní Bhriain",
        subject="Declining the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Aisha bin Rashid", "Airbus", "Research Associate", "warm", 2,
        "personal", "For personal reasons", "Amira Haddad", "RKD", "",
        greeting="Hi Aisha",
        subject="Thank you, and an update on the Research Associate role – Amira Haddad",
    ),
    Row(
        "Kwame Mensah", "Save the Children", "Data Scientist, Remote", "brief", 2,
        "location", "The office is three hours from home and I can't relocate my family", "Priyanka Chopra Jonas", "", "",
        greeting="Hi Kwame",
        subject="Update on the Data Scientist interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Nguyễn Thị Lan", "Siemens", "Product Manager (London, Hybrid)", "formal", 0,
        "another_offer", "I have accepted an offer at a firm near my family, which lets me be home for my two young kids after school each day", "Sam Rivera", "FK", "data roles",
        greeting="Dear Nguyễn Thị Lan",
        subject="Withdrawing from the Product Manager interview at Siemens – Sam Rivera",
    ),
    Row(
        "O'BRIEN, SEAN", "University of Cambridge", "the Backend Engineer role", "warm", 0,
        "timing", "My current project runs until June and I don't want to leave the team mid-way", "Tom Becker", "D", "data roles",
        greeting="Hi Sean",
        subject="Withdrawing from the Backend Engineer interview – Tom Becker",
    ),
    Row(
        "mary-jane o'neil", "Bank of England", "Marketing Coordinator", "brief", 0,
        "prefer_not_to_say", "", "Jean-Luc d'Arc", "RK", "roles in Berlin",
        greeting="Hi Mary-Jane",
        subject="Withdrawing from the Marketing Coordinator interview – Jean-Luc d'Arc",
    ),
    Row(
        "ludwig van beethoven", "Acme Inc.", "SENIOR DATA ANALYST", "formal", 1,
        "compensation", "Given the commute and the pay, it doesn't add up for us", "Ines Moreau", "", "roles in Berlin",
        greeting="Dear Ludwig van Beethoven",
        subject="Withdrawal of my Data Analyst application at Acme Inc. – Ines Moreau",
    ),
    Row(
        "Jean-Luc d'Arc", "INTERNATIONAL BUSINESS MACHINES", "Junior Accountant", "warm", 1,
        "role_mismatch", "Doesn't align with my goals", "", "KD", "future openings",
        greeting="Hi Jean-Luc",
        subject="An update on the Junior Accountant interview",
    ),
    Row(
        "Zoë O'Brien-Ngũgĩ", "Yahoo!", "Editor", "brief", 1,
        "timing", "", "Li Wei", "F", "future openings",
        greeting="Hi Zoë",
        subject="Withdrawing my Editor application – Li Wei",
    ),
    Row(
        "Fatima Al-Zahra", "Revolut Ltd", "Backend Developer #4421", "formal", 2,
        "location", "The role is too far away", "Kofi Boateng", "RK", "",
        greeting="Dear Fatima Al-Zahra",
        subject="Declining the Backend Developer interview at Revolut Ltd – Kofi Boateng",
    ),
    Row(
        "Chidi Okonkwo", "IBM", "Operations Lead", "warm", 2,
        "role_mismatch", "not the right fit for my skills", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "",
        greeting="Hi Chidi",
        subject="Thank you, and an update on this role – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Olga Ivanova", "AT&T Labs", "Senior Data Engineer (Platform)", "brief", 2,
        "location", "Due to relocation to Berlin", "Amira Haddad", "K", "data roles",
        greeting="Hi Olga",
        subject="Update on the Senior Data Engineer interview at AT&T Labs – Amira Haddad",
    ),
    Row(
        "Hiroshi Tanaka", "The Guardian", "Graduate Trainee", "formal", 0,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Priyanka Chopra Jonas", "", "data roles",
        greeting="Dear Hiroshi Tanaka",
        subject="Withdrawing from the Graduate Trainee interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr. Amara Nwosu, MD", "Met Office", "Teacher (Maths)", "warm", 0,
        "timing", "I've just started a new job and want to give it a fair go", "Sam Rivera", "RFKD", "roles in Berlin",
        greeting="Hi Amara",
        subject="Withdrawing from the Teacher interview at the Met Office – Sam Rivera",
    ),
    Row(
        "Lord Sugar", "Imperial College London", "Staff Nurse", "brief", 0,
        "career_change", "After a lot of thought I want to stay in research", "Tom Becker", "", "roles in Berlin",
        greeting="Dear Lord Sugar",
        subject="Withdrawing from the Staff Nurse interview – Tom Becker",
    ),
    Row(
        "Hiring Manager", "Department for Education", "Machine Learning Engineer", "formal", 1,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "Jean-Luc d'Arc", "K", "future openings",
        greeting="Dear Hiring Manager",
        subject="Withdrawal of my Machine Learning Engineer application – Jean-Luc d'Arc",
    ),
    Row(
        "HR", "The University of Edinburgh", "Legal Counsel", "warm", 1,
        "compensation", "the salary", "Ines Moreau", "D", "future openings",
        greeting="Dear HR Team",
        subject="An update on the Legal Counsel interview – Ines Moreau",
    ),
    Row(
        "Talent Acquisition Team", "Deutsche Bank AG", "UX Designer (12-month contract)", "brief", 1,
        "personal", "We're expecting a baby in May", "", "RK", "",
        greeting="Dear Talent Acquisition Team",
        subject="Withdrawing my UX Designer application",
    ),
    Row(
        "Sir/Madam", "Shopify", "Clinical Psychologist", "formal", 2,
        "timing", "Bad timing", "Li Wei", "F", "",
        greeting="Dear Sir or Madam",
        subject="Declining the Clinical Psychologist interview at Shopify – Li Wei",
    ),
    Row(
        "careers@northwind.com", "Accenture", "Software Engineer - Backend (Remote) - Ref 123", "warm", 2,
        "location", "London commute", "Kofi Boateng", "KD", "data roles",
        greeting="Hello",
        subject="Thank you, and an update on the Software Engineer role – Kofi Boateng",
    ),
    Row(
        "helen.park@acme.com", "Royal Society", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 2,
        "location", "Not looking to relocate", "Anastasia Valentina Konstantinopoulou-Smythe", "", "data roles",
        greeting="Hi Helen",
        subject="Update on the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Helen Park <helen@acme.com>", "National Trust", "Sr. Product Designer", "formal", 0,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "Amira Haddad", "RK", "roles in Berlin",
        greeting="Dear Helen Park",
        subject="Withdrawing from the Product Designer interview – Amira Haddad",
    ),
    Row(
        "Helen Park (she/her) - Talent Partner", "Wellcome Trust", "Position: Data Analyst (m/w/d)", "warm", 0,
        "personal", "Family reasons", "Priyanka Chopra Jonas", "D", "roles in Berlin",
        greeting="Hi Helen",
        subject="Withdrawing from the Data Analyst interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Dear Priya", "BBC", "Customer Success Manager - EMEA", "brief", 0,
        "career_change", "I'm moving into teaching", "Sam Rivera", "FK", "future openings",
        greeting="Hi Priya",
        subject="Withdrawing from the Customer Success Manager interview – Sam Rivera",
    ),
    Row(
        "DR. JAMES O'CONNOR", "Alan Turing Institute", "Site Reliability Engineer", "formal", 1,
        "other", "", "Tom Becker", "", "future openings",
        greeting="Dear Dr. O'Connor",
        subject="Withdrawal of my Site Reliability Engineer application – Tom Becker",
    ),
    Row(
        "Ana Lima", "Ministry of Defence", "Lecturer in Economics", "warm", 1,
        "personal", "I need to look after my mother after her surgery", "Jean-Luc d'Arc", "RKD", "",
        greeting="Hi Ana",
        subject="An update on the Lecturer in Economics interview – Jean-Luc d'Arc",
    ),
    Row(
        "Björn Andersson", "Cancer Research UK", "Policy Adviser", "brief", 1,
        "other", "I want to focus on my health", "Ines Moreau", "", "",
        greeting="Hi Björn",
        subject="Withdrawing my Policy Adviser application – Ines Moreau",
    ),
    Row(
        "Juan de la Cruz", "ACME CORP", "Communications Officer", "formal", 2,
        "compensation", "The package doesn't quite meet what I need right now", "", "K", "data roles",
        greeting="Dear Juan de la Cruz",
        subject="Declining the Communications Officer interview at Acme Corp",
    ),
    Row(
        "Mrs Eleanor Whitfield", "Google", "Head of Marketing", "warm", 2,
        "location", "after moving to Leeds", "Li Wei", "FD", "data roles",
        greeting="Hi Eleanor",
        subject="Thank you, and an update on the Head of Marketing role at Google – Li Wei",
    ),
    Row(
        "Mr. Tomás Herrera", "Monzo", "Frontend Developer | React | Remote", "brief", 2,
        "compensation", "Salary too low for my experience", "Kofi Boateng", "RK", "roles in Berlin",
        greeting="Hi Tomás",
        subject="Update on the Frontend Developer interview at Monzo – Kofi Boateng",
    ),
    Row(
        "Professor Ada Okafor", "Globex Corporation", "Software Engineer at Google", "formal", 0,
        "another_offer", "Accepted a role at a startup", "Anastasia Valentina Konstantinopoulou-Smythe", "", "roles in Berlin",
        greeting="Dear Professor Okafor",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Lakshmi Narayanan", "Ocado Group plc", "Research Associate", "warm", 0,
        "role_mismatch", "The role is more sales-focused than I'd hoped", "Amira Haddad", "KD", "future openings",
        greeting="Hi Lakshmi",
        subject="Withdrawing from the Research Associate interview at Ocado – Amira Haddad",
    ),
    Row(
        "Mohammed Al-Farsi", "SAP", "Data Scientist, Remote", "brief", 0,
        "another_offer", "", "Priyanka Chopra Jonas", "", "future openings",
        greeting="Hi Mohammed",
        subject="Withdrawing from the Data Scientist interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Yuki Sato", "NHS", "Product Manager (London, Hybrid)", "formal", 1,
        "personal", "For personal reasons", "Sam Rivera", "RFK", "",
        greeting="Dear Yuki Sato",
        subject="Withdrawal of my Product Manager application at the NHS – Sam Rivera",
    ),
    Row(
        "Park, Ji-woo", "Stripe", "the Backend Engineer role", "warm", 1,
        "location", "The office is three hours from home and I can't relocate my family", "Tom Becker", "D", "",
        greeting="Hi Ji-woo",
        subject="An update on the Backend Engineer interview at Stripe – Tom Becker",
    ),
    Row(
        "Giulia Rossi", "British Museum", "Marketing Coordinator", "brief", 1,
        "another_offer", "I have accepted an offer at a firm near my family, which lets me be home for my two young kids after school each day", "Jean-Luc d'Arc", "K", "data roles",
        greeting="Hi Giulia",
        subject="Withdrawing my Marketing Coordinator application – Jean-Luc d'Arc",
    ),
    Row(
        "Pieter de Vries", "Spotify", "SENIOR DATA ANALYST", "formal", 2,
        "timing", "My current project runs until June and I don't want to leave the team mid-way", "Ines Moreau", "", "data roles",
        greeting="Dear Pieter de Vries",
        subject="Declining the Senior Data Analyst interview at Spotify – Ines Moreau",
    ),
    Row(
        "Ngozi Adeyemi", "Babylon Health", "Junior Accountant", "warm", 2,
        "prefer_not_to_say", "", "", "RKD", "roles in Berlin",
        greeting="Hi Ngozi",
        subject="Thank you, and an update on the Junior Accountant role at Babylon Health",
    ),
    Row(
        "Engineering Manager", "Deliveroo", "Editor", "brief", 2,
        "compensation", "Given the commute and the pay, it doesn't add up for us", "Li Wei", "F", "roles in Berlin",
        greeting="Dear Engineering Manager",
        subject="Update on the Editor interview at Deliveroo – Li Wei",
    ),
    Row(
        "People Team", "Northwind", "Backend Developer #4421", "formal", 0,
        "role_mismatch", "Doesn't align with my goals", "Kofi Boateng", "K", "future openings",
        greeting="Dear People Team",
        subject="Withdrawing from the Backend Developer interview – Kofi Boateng",
    ),
    Row(
        "the Stripe recruiting team", "KPMG LLP", "Operations Lead", "warm", 0,
        "timing", "", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "future openings",
        greeting="Dear Stripe recruiting team",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Søren Kierkegaard", "Airbus", "Senior Data Engineer (Platform)", "brief", 0,
        "location", "The role is too far away", "Amira Haddad", "RK", "",
        greeting="Hi Søren",
        subject="Withdrawing from the Senior Data Engineer interview – Amira Haddad",
    ),
    Row(
        "Émilie Dubois", "Save the Children", "Graduate Trainee", "formal", 1,
        "role_mismatch", "not the right fit for my skills", "Priyanka Chopra Jonas", "", "",
        greeting="Dear Émilie Dubois",
        subject="Withdrawal of my Graduate Trainee application – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr Ravi Shankar", "Siemens", "Teacher (Maths)", "warm", 1,
        "location", "Due to relocation to Berlin", "Sam Rivera", "FKD", "data roles",
        greeting="Hi Ravi",
        subject="An update on the Teacher (Maths) interview at Siemens – Sam Rivera",
    ),
    Row(
        "Kateryna Kovalenko", "University of Cambridge", "Staff Nurse", "brief", 1,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Tom Becker", "", "data roles",
        greeting="Hi Kateryna",
        subject="Withdrawing my Staff Nurse application – Tom Becker",
    ),
    Row(
        "Liam O'Sullivan", "Bank of England", "Machine Learning Engineer", "formal", 2,
        "timing", "I've just started a new job and want to give it a fair go", "Jean-Luc d'Arc", "RK", "roles in Berlin",
        greeting="Dear Liam O'Sullivan",
        subject="Declining the Machine Learning Engineer interview – Jean-Luc d'Arc",
    ),
    Row(
        "Sarah-Jane McAllister", "Acme Inc.", "Legal Counsel", "warm", 2,
        "career_change", "After a lot of thought I want to stay in research", "Ines Moreau", "D", "roles in Berlin",
        greeting="Hi Sarah-Jane",
        subject="Thank you, and an update on the Legal Counsel role at Acme – Ines Moreau",
    ),
    Row(
        "Thandiwe Ndlovu", "INTERNATIONAL BUSINESS MACHINES", "UX Designer (12-month contract)", "brief", 2,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "", "K", "future openings",
        greeting="Hi Thandiwe",
        subject="Update on the UX Designer interview at International Business Machines",
    ),
    Row(
        "José Luis Rodríguez", "Yahoo!", "Clinical Psychologist", "formal", 0,
        "compensation", "the salary", "Li Wei", "F", "future openings",
        greeting="Dear José Luis Rodríguez",
        subject="Withdrawing from the Clinical Psychologist interview at Yahoo! – Li Wei",
    ),
    Row(
        "Ms. Alexandra Petrova-Smith", "Revolut Ltd", "Software Engineer - Backend (Remote) - Ref 123", "warm", 0,
        "personal", "We're expecting a baby in May", "Kofi Boateng", "RKD", "",
        greeting="Hi Alexandra",
        subject="Withdrawing from the Software Engineer interview at Revolut – Kofi Boateng",
    ),
    Row(
        "Tom", "IBM", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 0,
        "timing", "Bad timing", "Anastasia Valentina Konstantinopoulou-Smythe", "", "",
        greeting="Hi Tom",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Jo Malik", "AT&T Labs", "Sr. Product Designer", "formal", 1,
        "location", "London commute", "Amira Haddad", "K", "data roles",
        greeting="Dear Jo Malik",
        subject="Withdrawal of my Product Designer application at AT&T Labs – Amira Haddad",
    ),
    Row(
        "Head of Talent", "The Guardian", "Position: Data Analyst (m/w/d)", "warm", 1,
        "location", "Not looking to relocate", "Priyanka Chopra Jonas", "D", "data roles",
        greeting="Dear Head of Talent",
        subject="An update on the Data Analyst interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr Priya Raman PhD", "Met Office", "Customer Success Manager - EMEA", "brief", 1,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "Sam Rivera", "RFK", "roles in Berlin",
        greeting="Hi Priya",
        subject="Withdrawing my Customer Success Manager application – Sam Rivera",
    ),
    Row(
        "van der Berg, Anna", "Imperial College London", "Site Reliability Engineer", "formal", 2,
        "personal", "Family reasons", "Tom Becker", "", "roles in Berlin",
        greeting="Dear Anna van der Berg",
        subject="Declining the Site Reliability Engineer interview – Tom Becker",
    ),
    Row(
        "helen PARK", "Department for Education", "Lecturer in Economics", "warm", 2,
        "career_change", "I'm moving into teaching", "Jean-Luc d'Arc", "KD", "future openings",
        greeting="Hi Helen",
        subject="Thank you, and an update on this role – Jean-Luc d'Arc",
    ),
    Row(
        "Sir David Attenborough", "The University of Edinburgh", "Policy Adviser", "brief", 2,
        "other", "", "Ines Moreau", "", "future openings",
        greeting="Dear Sir David",
        subject="Update on the Policy Adviser interview – Ines Moreau",
    ),
    Row(
        "Hiring Team at Acme", "Deutsche Bank AG", "Communications Officer", "formal", 0,
        "personal", "I need to look after my mother after her surgery", "", "RK", "",
        greeting="Dear Acme Hiring Team",
        subject="Withdrawing from the Communications Officer interview at Deutsche Bank AG",
    ),
    Row(
        "Talent Partner", "Shopify", "Head of Marketing", "warm", 0,
        "other", "I want to focus on my health", "Li Wei", "FD", "",
        greeting="Dear Talent Partner",
        subject="Withdrawing from the Head of Marketing interview at Shopify – Li Wei",
    ),
    Row(
        "Recruitment", "Accenture", "Frontend Developer | React | Remote", "brief", 0,
        "compensation", "The package doesn't quite meet what I need right now", "Kofi Boateng", "K", "data roles",
        greeting="Dear Recruitment Team",
        subject="Withdrawing from the Frontend Developer interview – Kofi Boateng",
    ),
    Row(
        "the Acme team", "Royal Society", "Software Engineer at Google", "formal", 1,
        "location", "after moving to Leeds", "Anastasia Valentina Konstantinopoulou-Smythe", "", "data roles",
        greeting="Dear Acme team",
        subject="Withdrawal of my application – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "María José García López", "National Trust", "Research Associate", "warm", 1,
        "compensation", "Salary too low for my experience", "Amira Haddad", "RKD", "roles in Berlin",
        greeting="Hi María",
        subject="An update on the Research Associate interview – Amira Haddad",
    ),
    Row(
        "Robert (Bob) Smith", "Wellcome Trust", "Data Scientist, Remote", "brief", 1,
        "another_offer", "Accepted a role at a startup", "Priyanka Chopra Jonas", "", "roles in Berlin",
        greeting="Hi Bob",
        subject="Withdrawing my Data Scientist application – Priyanka Chopra Jonas",
    ),
    Row(
        "Ms Park", "BBC", "Product Manager (London, Hybrid)", "formal", 2,
        "role_mismatch", "The role is more sales-focused than I'd hoped", "Sam Rivera", "FK", "future openings",
        greeting="Dear Ms Park",
        subject="Declining the Product Manager interview at the BBC – Sam Rivera",
    ),
    Row(
        "Prof. Dr. Klaus Müller", "Alan Turing Institute", "the Backend Engineer role", "warm", 2,
        "another_offer", "", "Tom Becker", "D", "future openings",
        greeting="Hi Klaus",
        subject="Thank you, and an update on the Backend Engineer role – Tom Becker",
    ),
    Row(
        "Dame Judi Dench", "Ministry of Defence", "Marketing Coordinator", "brief", 2,
        "personal", "For personal reasons", "Jean-Luc d'Arc", "RK", "",
        greeting="Dear Dame Judi",
        subject="Update on the Marketing Coordinator interview – Jean-Luc d'Arc",
    ),
    Row(
        "Mx. Sam Taylor", "Cancer Research UK", "SENIOR DATA ANALYST", "formal", 0,
        "location", "The office is three hours from home and I can't relocate my family", "Ines Moreau", "", "",
        greeting="Dear Mx. Taylor",
        subject="Withdrawing from the Data Analyst interview – Ines Moreau",
    ),
    Row(
        "John Smith, Jr.", "ACME CORP", "Junior Accountant", "warm", 0,
        "another_offer", "I have accepted an offer at a firm near my family, which lets me be home for my two young kids after school each day", "", "KD", "data roles",
        greeting="Hi John",
        subject="Withdrawing from the Junior Accountant interview at Acme Corp",
    ),
    Row(
        "Rev. Martin Luther King Jr.", "Google", "Editor", "brief", 0,
        "timing", "My current project runs until June and I don't want to leave the team mid-way", "Li Wei", "F", "data roles",
        greeting="Hi Martin",
        subject="Withdrawing from the Editor interview – Li Wei",
    ),
    Row(
        "WANG Wei", "Monzo", "Backend Developer #4421", "formal", 1,
        "prefer_not_to_say", "", "Kofi Boateng", "RK", "roles in Berlin",
        greeting="Dear Wang Wei",
        subject="Withdrawal of my Backend Developer application at Monzo – Kofi Boateng",
    ),
    Row(
        "Siobhán Ní Bhriain", "Globex Corporation", "Operations Lead", "warm", 1,
        "compensation", "Given the commute and the pay, it doesn't add up for us", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "roles in Berlin",
        greeting="Hi Siobhán",
        subject="An update on the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Aisha bin Rashid", "Ocado Group plc", "Senior Data Engineer (Platform)", "brief", 1,
        "role_mismatch", "Doesn't align with my goals", "Amira Haddad", "K", "future openings",
        greeting="Hi Aisha",
        subject="Withdrawing my Senior Data Engineer (Platform) application – Amira Haddad",
    ),
    Row(
        "Kwame Mensah", "SAP", "Graduate Trainee", "formal", 2,
        "timing", "", "Priyanka Chopra Jonas", "", "future openings",
        greeting="Dear Kwame Mensah",
        subject="Declining the Graduate Trainee interview at SAP – Priyanka Chopra Jonas",
    ),
    Row(
        "Nguyễn Thị Lan", "NHS", "Teacher (Maths)", "warm", 2,
        "location", "The role is too far away", "Sam Rivera", "RFKD", "",
        greeting="Hi Lan",
        subject="Thank you, and an update on the Teacher role at the NHS – Sam Rivera",
    ),
    Row(
        "O'BRIEN, SEAN", "Stripe", "Staff Nurse", "brief", 2,
        "role_mismatch", "not the right fit for my skills", "Tom Becker", "", "",
        greeting="Hi Sean",
        subject="Update on the Staff Nurse interview at Stripe – Tom Becker",
    ),
    Row(
        "mary-jane o'neil", "British Museum", "Machine Learning Engineer", "formal", 0,
        "location", "Due to relocation to Berlin", "Jean-Luc d'Arc", "K", "data roles",
        greeting="Dear Mary-Jane O'Neil",
        subject="Withdrawing from the Machine Learning Engineer interview – Jean-Luc d'Arc",
    ),
    Row(
        "ludwig van beethoven", "Spotify", "Legal Counsel", "warm", 0,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Ines Moreau", "D", "data roles",
        greeting="Hi Ludwig",
        subject="Withdrawing from the Legal Counsel interview at Spotify – Ines Moreau",
    ),
    Row(
        "Jean-Luc d'Arc", "Babylon Health", "UX Designer (12-month contract)", "brief", 0,
        "timing", "I've just started a new job and want to give it a fair go", "", "RK", "roles in Berlin",
        greeting="Hi Jean-Luc",
        subject="Withdrawing from the UX Designer interview",
    ),
    Row(
        "Zoë O'Brien-Ngũgĩ", "Deliveroo", "Clinical Psychologist", "formal", 1,
        "career_change", "After a lot of thought I want to stay in research", "Li Wei", "F", "roles in Berlin",
        greeting="Dear Zoë O'Brien-Ngũgĩ",
        subject="Withdrawal of my Clinical Psychologist application at Deliveroo – Li Wei",
    ),
    Row(
        "Fatima Al-Zahra", "Northwind", "Software Engineer - Backend (Remote) - Ref 123", "warm", 1,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "Kofi Boateng", "KD", "future openings",
        greeting="Hi Fatima",
        subject="An update on the Software Engineer interview at Northwind – Kofi Boateng",
    ),
    Row(
        "Chidi Okonkwo", "KPMG LLP", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 1,
        "compensation", "the salary", "Anastasia Valentina Konstantinopoulou-Smythe", "", "future openings",
        greeting="Hi Chidi",
        subject="Withdrawing my application – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Olga Ivanova", "Airbus", "Sr. Product Designer", "formal", 2,
        "personal", "We're expecting a baby in May", "Amira Haddad", "RK", "",
        greeting="Dear Olga Ivanova",
        subject="Declining the Sr. Product Designer interview at Airbus – Amira Haddad",
    ),
    Row(
        "Hiroshi Tanaka", "Save the Children", "Position: Data Analyst (m/w/d)", "warm", 2,
        "timing", "Bad timing", "Priyanka Chopra Jonas", "D", "",
        greeting="Hi Hiroshi",
        subject="Thank you, and an update on the Data Analyst role – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr. Amara Nwosu, MD", "Siemens", "Customer Success Manager - EMEA", "brief", 2,
        "location", "London commute", "Sam Rivera", "FK", "data roles",
        greeting="Hi Amara",
        subject="Update on the Customer Success Manager interview at Siemens – Sam Rivera",
    ),
    Row(
        "Lord Sugar", "University of Cambridge", "Site Reliability Engineer", "formal", 0,
        "location", "Not looking to relocate", "Tom Becker", "", "data roles",
        greeting="Dear Lord Sugar",
        subject="Withdrawing from the Site Reliability Engineer interview – Tom Becker",
    ),
    Row(
        "Hiring Manager", "Bank of England", "Lecturer in Economics", "warm", 0,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "Jean-Luc d'Arc", "RKD", "roles in Berlin",
        greeting="Dear Hiring Manager",
        subject="Withdrawing from the Lecturer in Economics interview – Jean-Luc d'Arc",
    ),
    Row(
        "HR", "Acme Inc.", "Policy Adviser", "brief", 0,
        "personal", "Family reasons", "Ines Moreau", "", "roles in Berlin",
        greeting="Dear HR Team",
        subject="Withdrawing from the Policy Adviser interview – Ines Moreau",
    ),
    Row(
        "Talent Acquisition Team", "INTERNATIONAL BUSINESS MACHINES", "Communications Officer", "formal", 1,
        "career_change", "I'm moving into teaching", "", "K", "future openings",
        greeting="Dear Talent Acquisition Team",
        subject="Withdrawal of my Communications Officer application",
    ),
    Row(
        "Sir/Madam", "Yahoo!", "Head of Marketing", "warm", 1,
        "other", "", "Li Wei", "FD", "future openings",
        greeting="Dear Sir or Madam",
        subject="An update on the Head of Marketing interview at Yahoo! – Li Wei",
    ),
    Row(
        "careers@northwind.com", "Revolut Ltd", "Frontend Developer | React | Remote", "brief", 1,
        "personal", "I need to look after my mother after her surgery", "Kofi Boateng", "RK", "",
        greeting="Hello",
        subject="Withdrawing my Frontend Developer application – Kofi Boateng",
    ),
    Row(
        "helen.park@acme.com", "IBM", "Software Engineer at Google", "formal", 2,
        "other", "I want to focus on my health", "Anastasia Valentina Konstantinopoulou-Smythe", "", "",
        greeting="Dear Helen Park",
        subject="Declining the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Helen Park <helen@acme.com>", "AT&T Labs", "Research Associate", "warm", 2,
        "compensation", "The package doesn't quite meet what I need right now", "Amira Haddad", "KD", "data roles",
        greeting="Hi Helen",
        subject="Thank you, and an update on the Research Associate role – Amira Haddad",
    ),
    Row(
        "Helen Park (she/her) - Talent Partner", "The Guardian", "Data Scientist, Remote", "brief", 2,
        "location", "after moving to Leeds", "Priyanka Chopra Jonas", "", "data roles",
        greeting="Hi Helen",
        subject="Update on the Data Scientist interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Dear Priya", "Met Office", "Product Manager (London, Hybrid)", "formal", 0,
        "compensation", "Salary too low for my experience", "Sam Rivera", "RFK", "roles in Berlin",
        greeting="Dear Priya",
        subject="Withdrawing from the Product Manager interview – Sam Rivera",
    ),
    Row(
        "DR. JAMES O'CONNOR", "Imperial College London", "the Backend Engineer role", "warm", 0,
        "another_offer", "Accepted a role at a startup", "Tom Becker", "D", "roles in Berlin",
        greeting="Hi James",
        subject="Withdrawing from the Backend Engineer interview – Tom Becker",
    ),
    Row(
        "Ana Lima", "Department for Education", "Marketing Coordinator", "brief", 0,
        "role_mismatch", "The role is more sales-focused than I'd hoped", "Jean-Luc d'Arc", "K", "future openings",
        greeting="Hi Ana",
        subject="Withdrawing from the Marketing Coordinator interview – Jean-Luc d'Arc",
    ),
    Row(
        "Björn Andersson", "The University of Edinburgh", "SENIOR DATA ANALYST", "formal", 1,
        "another_offer", "", "Ines Moreau", "", "future openings",
        greeting="Dear Björn Andersson",
        subject="Withdrawal of my Data Analyst application – Ines Moreau",
    ),
    Row(
        "Juan de la Cruz", "Deutsche Bank AG", "Junior Accountant", "warm", 1,
        "personal", "For personal reasons", "", "RKD", "",
        greeting="Hi Juan",
        subject="An update on the Junior Accountant interview at Deutsche Bank AG",
    ),
    Row(
        "Mrs Eleanor Whitfield", "Shopify", "Editor", "brief", 1,
        "location", "The office is three hours from home and I can't relocate my family", "Li Wei", "F", "",
        greeting="Hi Eleanor",
        subject="Withdrawing my Editor application – Li Wei",
    ),
    Row(
        "Mr. Tomás Herrera", "Accenture", "Backend Developer #4421", "formal", 2,
        "another_offer", "I have accepted an offer at a firm near my family, which lets me be home for my two young kids after school each day", "Kofi Boateng", "K", "data roles",
        greeting="Dear Mr. Herrera",
        subject="Declining the Backend Developer interview at Accenture – Kofi Boateng",
    ),
    Row(
        "Professor Ada Okafor", "Royal Society", "Operations Lead", "warm", 2,
        "timing", "My current project runs until June and I don't want to leave the team mid-way", "Anastasia Valentina Konstantinopoulou-Smythe", "D", "data roles",
        greeting="Hi Ada",
        subject="Thank you, and an update on this role – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Lakshmi Narayanan", "National Trust", "Senior Data Engineer (Platform)", "brief", 2,
        "prefer_not_to_say", "", "Amira Haddad", "RK", "roles in Berlin",
        greeting="Hi Lakshmi",
        subject="Update on the Data Engineer interview at the National Trust – Amira Haddad",
    ),
    Row(
        "Mohammed Al-Farsi", "Wellcome Trust", "Graduate Trainee", "formal", 0,
        "compensation", "Given the commute and the pay, it doesn't add up for us", "Priyanka Chopra Jonas", "", "roles in Berlin",
        greeting="Dear Mohammed Al-Farsi",
        subject="Withdrawing from the Graduate Trainee interview – Priyanka Chopra Jonas",
    ),
    Row(
        "Yuki Sato", "BBC", "Teacher (Maths)", "warm", 0,
        "role_mismatch", "Doesn't align with my goals", "Sam Rivera", "FKD", "future openings",
        greeting="Hi Yuki",
        subject="Withdrawing from the Teacher (Maths) interview at the BBC – Sam Rivera",
    ),
    Row(
        "Park, Ji-woo", "Alan Turing Institute", "Staff Nurse", "brief", 0,
        "timing", "", "Tom Becker", "", "future openings",
        greeting="Hi Ji-woo",
        subject="Withdrawing from the Staff Nurse interview – Tom Becker",
    ),
    Row(
        "Giulia Rossi", "Ministry of Defence", "Machine Learning Engineer", "formal", 1,
        "location", "The role is too far away", "Jean-Luc d'Arc", "RK", "",
        greeting="Dear Giulia Rossi",
        subject="Withdrawal of my Machine Learning Engineer application – Jean-Luc d'Arc",
    ),
    Row(
        "Pieter de Vries", "Cancer Research UK", "Legal Counsel", "warm", 1,
        "role_mismatch", "not the right fit for my skills", "Ines Moreau", "D", "",
        greeting="Hi Pieter",
        subject="An update on the Legal Counsel interview – Ines Moreau",
    ),
    Row(
        "Ngozi Adeyemi", "ACME CORP", "UX Designer (12-month contract)", "brief", 1,
        "location", "Due to relocation to Berlin", "", "K", "data roles",
        greeting="Hi Ngozi",
        subject="Withdrawing my UX Designer application",
    ),
    Row(
        "Engineering Manager", "Google", "Clinical Psychologist", "formal", 2,
        "career_change", "I've decided to go back to university for a master's degree this autumn", "Li Wei", "F", "data roles",
        greeting="Dear Engineering Manager",
        subject="Declining the Clinical Psychologist interview at Google – Li Wei",
    ),
    Row(
        "People Team", "Monzo", "Software Engineer - Backend (Remote) - Ref 123", "warm", 2,
        "timing", "I've just started a new job and want to give it a fair go", "Kofi Boateng", "RKD", "roles in Berlin",
        greeting="Dear People Team",
        subject="Thank you, and an update on the Software Engineer role – Kofi Boateng",
    ),
    Row(
        "the Stripe recruiting team", "Globex Corporation", "Principal Staff Software Engineer, Distributed Systems Reliability and Infrastructure Platform Team", "brief", 2,
        "career_change", "After a lot of thought I want to stay in research", "Anastasia Valentina Konstantinopoulou-Smythe", "", "roles in Berlin",
        greeting="Dear Stripe recruiting team",
        subject="Update on the interview – Anastasia Valentina Konstantinopoulou-Smythe",
    ),
    Row(
        "Søren Kierkegaard", "Ocado Group plc", "Sr. Product Designer", "formal", 0,
        "role_mismatch", "I'd hoped for more hands-on engineering work than the role offers", "Amira Haddad", "K", "future openings",
        greeting="Dear Søren Kierkegaard",
        subject="Withdrawing from the Product Designer interview at Ocado – Amira Haddad",
    ),
    Row(
        "Émilie Dubois", "SAP", "Position: Data Analyst (m/w/d)", "warm", 0,
        "compensation", "the salary", "Priyanka Chopra Jonas", "D", "future openings",
        greeting="Hi Émilie",
        subject="Withdrawing from the Data Analyst interview at SAP – Priyanka Chopra Jonas",
    ),
    Row(
        "Dr Ravi Shankar", "NHS", "Customer Success Manager - EMEA", "brief", 0,
        "personal", "We're expecting a baby in May", "Sam Rivera", "RFK", "",
        greeting="Hi Ravi",
        subject="Withdrawing from the Customer Success Manager interview – Sam Rivera",
    ),
    Row(
        "Kateryna Kovalenko", "Stripe", "Site Reliability Engineer", "formal", 1,
        "timing", "Bad timing", "Tom Becker", "", "",
        greeting="Dear Kateryna Kovalenko",
        subject="Withdrawal of my Site Reliability Engineer application – Tom Becker",
    ),
    Row(
        "Liam O'Sullivan", "British Museum", "Lecturer in Economics", "warm", 1,
        "location", "London commute", "Jean-Luc d'Arc", "KD", "data roles",
        greeting="Hi Liam",
        subject="An update on the Lecturer in Economics interview – Jean-Luc d'Arc",
    ),
    Row(
        "Sarah-Jane McAllister", "Spotify", "Policy Adviser", "brief", 1,
        "location", "Not looking to relocate", "Ines Moreau", "", "data roles",
        greeting="Hi Sarah-Jane",
        subject="Withdrawing my Policy Adviser application – Ines Moreau",
    ),
    Row(
        "Thandiwe Ndlovu", "Babylon Health", "Communications Officer", "formal", 2,
        "other", "My partner got a job in Sydney, so we are moving there in the spring", "", "RK", "roles in Berlin",
        greeting="Dear Thandiwe Ndlovu",
        subject="Declining the Communications Officer interview at Babylon Health",
    ),
    Row(
        "José Luis Rodríguez", "Deliveroo", "Head of Marketing", "warm", 2,
        "personal", "Family reasons", "Li Wei", "FD", "roles in Berlin",
        greeting="Hi José",
        subject="Thank you, and an update on the Head of Marketing role – Li Wei",
    ),
    Row(
        "Ms. Alexandra Petrova-Smith", "Northwind", "Frontend Developer | React | Remote", "brief", 2,
        "career_change", "I'm moving into teaching", "Kofi Boateng", "K", "future openings",
        greeting="Hi Alexandra",
        subject="Update on the Frontend Developer interview at Northwind – Kofi Boateng",
    ),
    Row(
        "Tom", "KPMG LLP", "Software Engineer at Google", "formal", 0,
        "other", "", "Anastasia Valentina Konstantinopoulou-Smythe", "", "future openings",
        greeting="Dear Tom",
        subject="Withdrawing from the interview – Anastasia Konstantinopoulou-Smythe",
    ),
    Row(
        "Jo Malik", "Airbus", "Research Associate", "warm", 0,
        "personal", "I need to look after my mother after her surgery", "Amira Haddad", "RKD", "",
        greeting="Hi Jo",
        subject="Withdrawing from the Research Associate interview at Airbus – Amira Haddad",
    ),
    Row(
        "Head of Talent", "Save the Children", "Data Scientist, Remote", "brief", 0,
        "other", "I want to focus on my health", "Priyanka Chopra Jonas", "", "",
        greeting="Dear Head of Talent",
        subject="Withdrawing from the Data Scientist interview – Priyanka Chopra Jonas",
    ),
]
# fmt: on


def test_the_table_is_large_and_varied():
    assert len(ROWS) >= 200
    assert {row.tone for row in ROWS} == {"formal", "warm", "brief"}
    assert len({row.recipient for row in ROWS}) >= 60


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.recipient}-{row.tone}-{row.variant}")
def test_each_row_reads_as_written_by_hand(row, flesch):
    facts = row.facts()
    letter = compose_letter(facts, variant=row.variant)
    assert letter.body.split("\n")[0] == f"{row.greeting},", letter.body
    assert letter.subject == row.subject
    assert len(letter.subject) <= INBOX_LINE and len(f"Re: {letter.subject}") <= INBOX_LINE
    if row.sender:
        assert row.sender.split()[0] in letter.subject
    failing = [
        f"{check.guideline}: {check.note}"
        for check in review_letter(letter.body, facts, today=MONDAY)
        if not check.ok
    ]
    assert failing == [], letter.body
    assert flesch(letter.body) >= MIN_FLESCH, letter.body
    assert len(letter.body.split()) <= MAX_WORDS, letter.body
    assert repeated(letter.body) == {}, letter.body
