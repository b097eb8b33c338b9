"""The words around a commenter's name, in the languages of the sites that print them: a
picture's alt text naming the commenter ("Profilbild von Jürgen W.", "Elif Sönmez avatarı") or a
guest ("Awatar gościa"), and the badges printed after a name ("Redaktion", "abonné", "giornalista").

Both readers take them out of a name (``comment_names``, ``header_names``): split from
``page_words`` as one idea, the words of a name.
"""

from __future__ import annotations

from typing import Final

# A picture before the name, named for it by its alt text: "Profilbild von Jürgen W." (the name
# follows again), "Photo de Nadia Benali", "Avatar di Giulia Ferri", "Profielfoto van Henk".
PICTURE_WORDS: Final = (
    "avatar", "avatar of", "avatar for", "photo of", "picture of", "profile picture of", "profile photo of",
    "profilbild von", "avatar von", "foto von", "bild von",
    "photo de", "avatar de", "image de", "photo de profil de",
    "avatar di", "foto di", "immagine di",
    "profielfoto van", "avatar van", "foto van",
    "foto de", "foto de perfil de", "imagen de",
    "фото", "аватар", "صورة", "الصورة الرمزية لـ",
    "avatar uživatele", "profilový obrázek", "profilová fotka", "profiilikuva",
    "awatar", "awatar użytkownika", "zdjęcie profilowe", "zdjęcie użytkownika",
)
# The same picture named after the name, which follows again: Turkish "Elif Sönmez avatarı Elif
# Sönmez", Finnish "Käyttäjän Mummo78 profiilikuva Mummo78" ("user's … profile picture").
# A picture named for a guest, not a person, before the guest's label: "Awatar gościa Gość" (Polish:
# "guest's avatar", then "Guest"). What follows names nobody, whatever it says.
GUEST_PICTURE_WORDS: Final = ("guest avatar", "guest's avatar", "awatar gościa", "avatar gościa", "gast-avatar", "avatar de invitado")
PICTURE_AFTER_WORDS: Final = ("avatarı", "profil resmi", "profil fotoğrafı", "profiilikuva", "avatar")
PICTURE_AFTER_PREFIXES: Final = ("käyttäjän", "kirjoittajan")
# A badge after the name (English ones are ``comment_header``'s): staff, subscribers, verified.
BADGE_WORDS: Final = (
    "redaktion", "verifiziert", "abonnent", "abonnentin", "moderation", "autor", "autorin",
    "journaliste", "abonné", "abonnée", "rédaction", "modérateur", "auteur", "vérifié",
    "redazione", "abbonato", "abbonata", "giornalista", "moderatore", "autore", "verificato",
    "redactie", "abonnee", "geverifieerd", "verslaggever",
    "redacción", "suscriptor", "suscriptora", "periodista", "verificado", "assinante",
    "редакция", "эксперт", "модератор", "автор", "подписчик", "журналист",
    "مشترك", "مشتركة", "محرر", "المحرر", "مشرف", "الكاتب", "صحفي",
    "redakce", "neregistrovaný", "neregistrovaná", "registrovaný", "ověřený", "toimitus", "toimittaja",
    "tilaaja", "abone", "muhabir", "editör", "yazar", "moderatör", "yönetici", "üye", "misafir", "müəllif", "redaksiya",  # (az: author, editors)
    "urednik", "urednica", "uredništvo", "novinar", "novinarka", "moderator",
    "ritstjórn", "blaðamaður",  # Icelandic: the editors, a journalist
    "redakcja", "dziennikarz", "dziennikarka", "subskrybent", "subskrybentka", "prenumerator", "prenumeratorka",
    "редакція", "журналіст", "журналістка", "передплатник", "передплатниця",
    "journalist", "redaksjonen", "redaktionen", "prenumerant",
    "intekenaar", "redaksie", "joernalis", "verslaggewer",  # Afrikaans
    "редакција", "уредник", "уредница", "новинар", "новинарка", "модератор",
    "екип", "редакция", "журналист",  # Bulgarian (Coral's staff label "Екип")
    "redaksi", "pelanggan", "penulis", "wartawan", "terverifikasi",
    "redacció", "subscriptor", "subscriptora", "periodista",
    "subscritor", "subscritora", "redacción", "xornalista", "convidada", "convidado",  # Galician
    "네이버", "카카오", "페이스북", "트위터", "naver", "kakao",  # the service a LiveRe commenter signed in with, after the name
    "有料会員", "会員", "記者", "구독자", "기자", "作者", "訂戶", "订户", "記者", "记者",
    "लेखक", "محررة", "συνδρομητής", "συνδρομήτρια", "σύνταξη", "สมาชิก", "ทีมข่าว",
    "abonat", "abonată", "redacție", "redacția", "jurnalist", "jurnalistă", "خبرنگار", "سردبیر", "دبیر",
    "convidado", "membro", "अतिथि", "सदस्य", "مہمان", "مصنف", "رکن",  # wpDiscuz's guest, member, author
    "equipe", "destaque", "destacado", "equipo", "en vedette", "équipe",  # Coral's staff and featured (pt, es, fr)
    "അതിഥി", "രചയിതാവ്", "അംഗം",  # wpDiscuz's Malayalam guest, author, member
    "የጽሁፉ ደራሲ", "ደራሲ", "ዘጋቢ", "አርታኢ",  # Amharic: the post's author, author, reporter, editor
    # wpDiscuz's labels (guest, member, administrator, author) in more of its languages: Basque,
    # Italian, German, French, Spanish, Polish, Russian, Thai, Amharic
    "redaktioun", "gonbidatua", "bazkidea", "administratzailea", "egilea", "mitglied", "membre", "miembro", "administrador",
    "invité", "invitado", "ospite",  # wpDiscuz's guest label (fr, es, it) between the name and the time
    # (not German "Gast": Drupal prints it as an anonymous commenter's name, over the time)
    "amministratore", "użytkownik", "участник", "администратор", "ผู้เยี่ยมชม", "ผู้ดูแล", "ผู้ดูแลระบบ", "አባል", "አስተዳዳሪ",
)
