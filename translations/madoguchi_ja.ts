<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Log debug details to standard error and the log file.</source>
        <translation>デバッグの詳細を標準エラー出力とログファイルに記録します。</translation>
    </message>
    <message>
        <source>Read settings from &lt;file&gt; instead of the default.</source>
        <translation>既定の代わりに &lt;file&gt; から設定を読み込みます。</translation>
    </message>
    <message>
        <source>Interface language: ja or en.</source>
        <translation>表示言語: ja または en。</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Madoguchi no-handwriting counter terminal.</source>
        <translation>窓口 — 書かない窓口の端末です。</translation>
    </message>
    <message>
        <source>What this terminal is: counter, supervisor, kiosk or signage.</source>
        <translation>この端末の用途: counter（窓口）、supervisor（管理者）、kiosk（キオスク）、signage（呼出表示）。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; choose one of: %2.</source>
        <translation>不明なモード「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show card readers and database state.</source>
        <translation>カードリーダーとデータベースの状態を表示します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Madoguchi counter terminal, command-line tools.</source>
        <translation>窓口端末のコマンドラインツールです。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用できます</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation>PC/SC サービス: 停止中（%1）</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>カードあり</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>この端末のデータベース</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>中央データベース</translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation>
            <numerusform>PC/SC サービス: 動作中、リーダー %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Render a document template to PDF; list the templates.</source>
        <translation>文書テンプレートから PDF を作成します。テンプレートの一覧も表示します。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>ファイルは作成していません。</translation>
    </message>
    <message>
        <source>List the document templates.</source>
        <translation>文書テンプレートの一覧を表示します。</translation>
    </message>
    <message>
        <source>With --list-templates: print a JSON array.</source>
        <translation>--list-templates と併せて指定すると、JSON 配列で出力します。</translation>
    </message>
    <message>
        <source>The template to render.</source>
        <translation>作成に使うテンプレート。</translation>
    </message>
    <message>
        <source>JSON file with the document&apos;s data.</source>
        <translation>文書に記載するデータの JSON ファイル。</translation>
    </message>
    <message>
        <source>Use the template&apos;s own fictitious sample data.</source>
        <translation>テンプレートに含まれる架空の見本データを使います。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>作成する PDF ファイル。</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number.</source>
        <translation>証明書の交付番号。</translation>
    </message>
    <message>
        <source>The certificate&apos;s verification code.</source>
        <translation>証明書の照合コード。</translation>
    </message>
    <message>
        <source>Give --template and --out, and either --data FILE or --sample.</source>
        <translation>--template と --out、および --data ファイル または --sample のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>データファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The data file %1 is not a JSON object: %2 (at byte %3). Nothing was written.</source>
        <translation>データファイル %1 は JSON オブジェクトではありません: %2（%3 バイト目）。ファイルは作成していません。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>作成しました: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StatusWindow</name>
    <message>
        <source>%1: available (%2, %3)</source>
        <translation>%1: 利用できます（%2、%3）</translation>
    </message>
    <message>
        <source>%1: checking… (%2)</source>
        <translation>%1: 確認中…（%2）</translation>
    </message>
    <message>
        <source>%1: not available (%2). Check the setting and the network; details are in the log.</source>
        <translation>%1: 利用できません（%2）。設定とネットワークを確認してください。詳細はログにあります。</translation>
    </message>
    <message>
        <source>Madoguchi — terminal status</source>
        <translation>窓口 — 端末の状態</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>カードリーダー一覧</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>端末(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Madoguchi %1 — data: %2</source>
        <translation>窓口 %1 — データ: %2</translation>
    </message>
    <message>
        <source>Looking for the card reader service…</source>
        <translation>カードリーダーのサービスを探しています…</translation>
    </message>
    <message>
        <source>The card reader service (pcscd) is not running. A simulated card is used until it starts.</source>
        <translation>カードリーダーのサービス（pcscd）が動いていません。起動するまでは模擬カードを使います。</translation>
    </message>
    <message numerus="yes">
        <source>The card reader service is running: %n reader(s) attached.</source>
        <translation>
            <numerusform>カードリーダーのサービスは動作中です。接続されたリーダー: %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Card does not answer: take it out and place it again</source>
        <translation>カードが応答しません。いったん取り出して置き直してください</translation>
    </message>
    <message>
        <source>Card present, in use by another program</source>
        <translation>カードあり（別のプログラムが使用中）</translation>
    </message>
    <message>
        <source>Card present</source>
        <translation>カードあり</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <source>%1 (selected in settings)</source>
        <translation>%1（設定で選択）</translation>
    </message>
    <message>
        <source>No reader is attached: a simulated card is used (demo mode).</source>
        <translation>リーダーが接続されていません。模擬カードを使います（デモモード）。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>カードがリーダーに置かれています。</translation>
    </message>
    <message>
        <source>Place a My Number card on the reader.</source>
        <translation>マイナンバーカードをリーダーに置いてください。</translation>
    </message>
    <message>
        <source>This terminal&apos;s database</source>
        <translation>この端末のデータベース</translation>
    </message>
    <message>
        <source>Central database (built-in)</source>
        <translation>中央データベース（内蔵）</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>中央データベース</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
    <message>
        <source>a field name must be lower-case letters, digits and _</source>
        <translation>項目名は英小文字・数字・_ で指定してください</translation>
    </message>
    <message>
        <source>“%1” is reserved for the document itself</source>
        <translation>「%1」は文書自体が使う名前のため、項目名には使えません</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>不明な項目の型です</translation>
    </message>
    <message>
        <source>a table cannot hold another table</source>
        <translation>表の中に表は入れられません</translation>
    </message>
    <message>
        <source>a choice field needs its choices</source>
        <translation>選択項目には選択肢（choices）が必要です</translation>
    </message>
    <message>
        <source>a table field needs its columns</source>
        <translation>表の項目には列（columns）が必要です</translation>
    </message>
    <message>
        <source>{%1} names no field of this template</source>
        <translation>{%1} はこのテンプレートの項目ではありません</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>不明な書式「%1」です</translation>
    </message>
    <message>
        <source>unknown element type “%1”</source>
        <translation>不明な要素の種類「%1」です</translation>
    </message>
    <message>
        <source>a line needs “from” and “to” as [x, y] in mm</source>
        <translation>線には “from” と “to” を [x, y]（mm）で指定してください</translation>
    </message>
    <message>
        <source>“box” must be [x, y, width, height] in mm</source>
        <translation>“box” は [x, y, 幅, 高さ]（mm）で指定してください</translation>
    </message>
    <message>
        <source>font must be “mincho” or “gothic”</source>
        <translation>font には “mincho” か “gothic” を指定してください</translation>
    </message>
    <message>
        <source>size must be between min_size and 200 points</source>
        <translation>size は min_size 以上 200 ポイント以下で指定してください</translation>
    </message>
    <message>
        <source>align must be left, center, right or spread</source>
        <translation>align には left、center、right、spread のいずれかを指定してください</translation>
    </message>
    <message>
        <source>valign must be top, middle or bottom</source>
        <translation>valign には top、middle、bottom のいずれかを指定してください</translation>
    </message>
    <message>
        <source>pages must be every, first or last</source>
        <translation>pages には every、first、last のいずれかを指定してください</translation>
    </message>
    <message>
        <source>condition “%1” names no field of this template</source>
        <translation>条件「%1」はこのテンプレートの項目ではありません</translation>
    </message>
    <message>
        <source>text is missing</source>
        <translation>text が指定されていません</translation>
    </message>
    <message>
        <source>a table element needs a field of type table</source>
        <translation>表の要素には、型が table の項目を指定してください</translation>
    </message>
    <message>
        <source>rows do not fit the table&apos;s box</source>
        <translation>行が表の枠に収まりません</translation>
    </message>
    <message>
        <source>a column needs a width in mm</source>
        <translation>列には幅（mm）が必要です</translation>
    </message>
    <message>
        <source>a table element needs columns</source>
        <translation>表の要素には列（columns）が必要です</translation>
    </message>
    <message>
        <source>the columns are wider than the table&apos;s box</source>
        <translation>列の幅の合計が表の枠より広くなっています</translation>
    </message>
    <message>
        <source>image “%1” cannot be read</source>
        <translation>画像「%1」を読み込めません</translation>
    </message>
    <message>
        <source>image “%1” is not a PNG file</source>
        <translation>画像「%1」は PNG ファイルではありません</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>one of the listed choices</source>
        <translation>選択肢のいずれか</translation>
    </message>
    <message>
        <source>a list of rows</source>
        <translation>行の一覧</translation>
    </message>
    <message>
        <source>this template has no such field</source>
        <translation>このテンプレートにはこの項目がありません</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1は必須です</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1は%2で指定してください</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation>%1が長すぎます（%2 文字。%3 文字以内）</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1に制御文字が含まれています</translation>
    </message>
    <message>
        <source>%1 is before the Meiji era and cannot be written in 和暦</source>
        <translation>%1は明治より前の日付のため、和暦で記載できません</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1は %2 以上 %3 以下で指定してください</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1は次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows, at most %3</source>
        <translation>%1が %2 行あります（%3 行以内）</translation>
    </message>
    <message>
        <source>each row of %1 must be an object</source>
        <translation>%1の各行はオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>The template %1 is not valid JSON: %2 (at byte %3).</source>
        <translation>テンプレート %1 は正しい JSON ではありません: %2（%3 バイト目）。</translation>
    </message>
    <message>
        <source>this program reads template schema 1</source>
        <translation>このプログラムが読めるのはテンプレート形式（schema）1 です</translation>
    </message>
    <message>
        <source>the template needs an id</source>
        <translation>テンプレートには id が必要です</translation>
    </message>
    <message>
        <source>the template needs a title</source>
        <translation>テンプレートには title が必要です</translation>
    </message>
    <message>
        <source>kind must be certificate, form, ticket or report</source>
        <translation>kind には certificate、form、ticket、report のいずれかを指定してください</translation>
    </message>
    <message>
        <source>page size must be A3, A4, A5, B5 or [width, height] in mm</source>
        <translation>用紙サイズは A3、A4、A5、B5 または [幅, 高さ]（mm）で指定してください</translation>
    </message>
    <message>
        <source>the template draws nothing</source>
        <translation>テンプレートに描画する要素がありません</translation>
    </message>
    <message>
        <source>the element lies outside the page</source>
        <translation>要素が用紙の外にはみ出しています</translation>
    </message>
    <message>
        <source>The template %1 is not valid.</source>
        <translation>テンプレート %1 に誤りがあります。</translation>
    </message>
    <message>
        <source>The text does not fit its box on the form, even in the smallest allowed size: %1</source>
        <translation>最小の文字サイズでも記載欄に収まりません: %1</translation>
    </message>
    <message>
        <source>The character “%1” (%2) cannot be printed: no installed font has it. Check the fonts (fonts-ipamj-mincho) or ask for a 外字 registration.</source>
        <translation>文字「%1」（%2）は、インストールされているフォントにないため印刷できません。フォント（fonts-ipamj-mincho）を確認するか、外字の登録を依頼してください。</translation>
    </message>
    <message>
        <source>The QR code&apos;s content is too long.</source>
        <translation>QR コードに入れる内容が長すぎます。</translation>
    </message>
    <message>
        <source>The font %1 is not installed (Debian package %2).</source>
        <translation>フォント %1 がインストールされていません（Debian パッケージ %2）。</translation>
    </message>
    <message>
        <source>There is no document template “%1”.</source>
        <translation>文書テンプレート「%1」はありません。</translation>
    </message>
    <message>
        <source>A certificate needs its serial number.</source>
        <translation>証明書には交付番号が必要です。</translation>
    </message>
    <message>
        <source>A certificate needs its verification code.</source>
        <translation>証明書には照合コードが必要です。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 を書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>The data for %1 is not complete or not correct (%n problem(s)).</source>
        <comment>data errors</comment>
        <translation>
            <numerusform>%1のデータに不足または誤りがあります（%n 件）。</numerusform>
        </translation>
    </message>
</context>
</TS>
