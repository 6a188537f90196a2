FILE = 'placeholders.yaml'
HEADER = """placeholders: words that mark an unfilled template slot or leftover scaffolding ("[insert camera move]", "<your palette here>", "{{describe change}}", "TODO: describe change", "Lorem ipsum"). These are hints to be combined with bracket/brace/template syntax in the placeholder rules (the syntax itself, e.g. {{name}}, <NAME>, [NAME], %s, $NAME, is the rules' job); on their own several of them are ordinary words ("add", "here", "name", "your").
Source: the "Placeholder and scaffolding forms" list in /work/shared/docs/prompt-vocabulary.md and common template wording in each language. Same boundary conventions as aspects.yaml."""

FRAGS = [
dict(name='placeholder_hint',
note="""slot words: insert, enter, add, put, your, here, name, TBD/TBC/TBA, TODO, FIXME, XXX, placeholder, fill in, describe/description, lorem ipsum, example, sample, template, variable, value, change here, type here, goes here, specify, choose, select, option, "..." / "…" / "___"; and equivalents (insertar, aquí, tu, escribe; insérer, ici, votre; einfügen, hier, dein; inserir, aqui, seu; inserisci, qui; invoegen, hier; wstaw, tutaj; вставить, здесь, ваш; buraya, girin; masukkan, di sini, judul; chèn, ở đây; ここに, 入力, 〇〇; 여기에, 입력, OOO; 在此, 输入, 这里, 某某; यहाँ, डालें; أدخل, هنا). "foo" is kept, "bar"/"baz" and single letters "y"/"z" are left out; "x"/"xx"/"xxx" are kept (typical slot fillers).""",
en=r'''insert|enter|add|put|your|yours|here|name|tbd|tbc|tba|n/a|placeholder|placeholders|fill-in|fill in|fill this|describe|description|todo|to-do|fixme|xxx|xx|x|lorem|ipsum|dolor|sit amet|example|e\.g\.|sample|template|variable|value|change here|edit here|type here|write here|goes here|go here|something|blank|specify|choose|select|pick|option|foo|etc''',
es=r'''insertar|inserta|inserte|introduce|introducir|ingresa|ingrese|añade|agrega|pon|aquí|acá|tu|tus|nombre|escribe|escriba|describe|descripción|completar|rellenar|rellena|por definir|pendiente|ejemplo|valor|cambiar aquí|algo''',
fr=r'''insérer|insère|insérez|saisir|saisissez|entrer|entrez|ajouter|ajoutez|mettre|mettez|ici|votre|vos|ton|ta|tes|nom|écrire|écrivez|décrire|décrivez|description|compléter|à compléter|à remplir|remplir|à définir|à préciser|exemple|valeur|quelque chose''',
de=r'''einfügen|füge ein|eingeben|gib ein|eintragen|trage ein|hinzufügen|hier|dein|deine|deinen|ihr|ihre|ihren|beschreiben|beschreibung|beschreibe|ausfüllen|platzhalter|noch offen|zu definieren|beispiel|wert|etwas''',
pt=r'''inserir|insira|insere|digite|digitar|adicione|adicionar|coloque|colocar|aqui|seu|sua|seus|suas|nome|escreva|escrever|descreva|descrever|descrição|preencher|preencha|a definir|pendente|exemplo|valor|variável|algo''',
it=r'''inserisci|inserire|inserite|immetti|digita|aggiungi|aggiungere|metti|mettere|qui|qua|tuo|tua|tuoi|tue|vostro|vostra|nome|scrivi|scrivere|descrivi|descrivere|descrizione|compila|compilare|da definire|da compilare|esempio|valore|variabile|qualcosa''',
nl=r'''invoegen|voeg in|invullen|vul in|voer in|toevoegen|jouw|uw|naam|beschrijf|beschrijving|schrijf|nader te bepalen|ntb|voorbeeld|waarde|variabele|iets''',
pl=r'''wstaw|wstawić|wpisz|wpisać|wprowadź|dodaj|tutaj|tu|twój|twoja|twoje|twojego|wasz|nazwa|nazwę|imię|opisz|opis|uzupełnij|wypełnij|do ustalenia|przykład|wartość|zmienna|coś''',
ru=r'''вставить|вставьте|вставь|введите|введи|укажите|укажи|добавьте|добавь|здесь|тут|сюда|ваш|ваша|ваше|ваши|твой|твоя|твоё|название|имя|опишите|опиши|описание|заполните|заполнить|уточнить|пример|значение|переменная|что-то''',
tr=r'''buraya|burada|buraya yazın|girin|giriniz|ekleyin|ekleyiniz|yazın|sizin|senin|adı|isim|ismi|açıklama|açıklayın|tanımlayın|doldurun|belirlenecek|örnek|değer|değişken''',
id=r'''masukkan|masukan|isi|isikan|tambahkan|taruh|di sini|disini|anda|nama|judul|deskripsi|jelaskan|tulis|tuliskan|lengkapi|belum ditentukan|contoh|nilai|variabel|sesuatu''',
vi=r'''chèn|nhập|điền|thêm|ở đây|tại đây|vào đây|của bạn|tên|tiêu đề|mô tả|viết|cần bổ sung|chưa xác định|ví dụ|giá trị|biến''',
hinglish=r'''yahan|yaha|apna|apni|apne|naam|likho''',
hi=r'''यहाँ|यहाँ लिखें|डालें|डालो|दर्ज करें|दर्ज|लिखें|लिखो|जोड़ें|आपका|आपकी|आपके|अपना|अपनी|नाम|शीर्षक|विवरण|वर्णन|भरें|उदाहरण|कुछ''',
ar=r'''أدخل|أدرج|أضف|ضع|اكتب|هنا|الخاص بك|اسمك|اسم|عنوان|وصف|صف|املأ|يحدد لاحقا|مثال|قيمة|متغير|شيء ما''',
ja=r'''ここに|ここへ|ここで|ここ|入力|入力して|を入れる|を入れて|記入|記入して|挿入|追加|あなたの|お名前|名前|タイトル|説明|記載|未定|例|値|変数|〇〇|○○|××|なにか|何か''',
zh=r'''在此|在这里|这里|此处|输入|填写|填入|插入|添加|你的|您的|名称|名字|标题|描述|说明|待定|待补充|待填写|示例|例如|变量|某某''',
ko=r'''여기에|여기|입력|입력하세요|입력해|기입|삽입|추가|넣으세요|당신의|이름|제목|설명|작성|미정|예시|변수|OOO|ㅇㅇㅇ|○○○''',
raw=[r'''\.{3,}|…|_{3,}|\?{3,}|(?<![\p{L}\p{N}])X{2,}(?![\p{L}\p{N}])'''],
),
]
