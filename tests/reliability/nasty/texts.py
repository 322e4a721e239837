"""Short articles written for the nasty-input corpus: English, English with emoji and right-to-left names,
and the same story in German, French, Urdu and Arabic (none is English: they must not reach the English
pipeline)."""

ENGLISH = ("Army chief Gen Asim Munir met Secretary of State Antony Blinken in Washington on "
           "Thursday, officials said. The two sides discussed regional security and agreed "
           "to meet again next month. \"We had a useful exchange,\" Blinken told reporters "
           "after the meeting.")

ENGLISH_EMOJI_RTL = ("Foreign Minister Ishaq Dar 🇵🇰 met Ahmed Al-Thani (أحمد آل ثاني) in Doha on "
                     "Monday 🤝, officials said. The talks covered trade 📈 and energy supplies, and the "
                     "two sides agreed to meet again. \u202eA spokesman said the meeting was "
                     "useful.\u202c 👍🏽 "
                     "Zero-width\u200bjoiners\u200d and combining marks (é) are in this text too.")

GERMAN = ("Der Verteidigungsminister traf sich am Montag in Berlin mit dem Generalstabschef "
          "der Armee. Bei dem Treffen ging es um die Sicherheit in der Region und um die "
          "Zusammenarbeit der beiden Länder. Ein Sprecher sagte, die Gespräche seien offen "
          "und konstruktiv gewesen, und man wolle sich im nächsten Monat wieder treffen.")

FRENCH = ("Le ministre de la Défense a rencontré lundi à Paris le chef d'état-major de "
          "l'armée. Les deux hommes ont parlé de la sécurité dans la région et de la "
          "coopération entre les deux pays. Un porte-parole a déclaré que les discussions "
          "avaient été franches et qu'une nouvelle réunion aurait lieu le mois prochain.")

URDU = ("وزیر دفاع نے پیر کے روز اسلام آباد میں فوج کے سربراہ سے ملاقات کی۔ ملاقات میں "
        "خطے کی سلامتی اور دونوں ممالک کے درمیان تعاون پر بات چیت ہوئی۔ ایک ترجمان نے کہا "
        "کہ بات چیت مثبت رہی اور اگلے ماہ دوبارہ ملاقات ہوگی۔")

ARABIC = ("التقى وزير الدفاع يوم الاثنين في القاهرة برئيس أركان الجيش. وناقش الجانبان الأمن "
          "في المنطقة والتعاون بين البلدين. وقال متحدث إن المحادثات كانت بناءة وإن اجتماعا "
          "جديدا سيعقد الشهر المقبل.")
