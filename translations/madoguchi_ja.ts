<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CardAuthenticity</name>
    <message>
        <source>Genuine card: the chip&apos;s data is signed by the issuer and the chip answered its own key.</source>
        <translation>真正なカードです。ICチップのデータは発行者の署名と一致し、チップは自身の鍵で応答しました。</translation>
    </message>
    <message>
        <source>Data altered: the chip&apos;s data does not match the issuer&apos;s signature.</source>
        <translation>データが改ざんされています。ICチップのデータが発行者の署名と一致しません。</translation>
    </message>
    <message>
        <source>Issuer not trusted: the chip was not issued under a key this city trusts.</source>
        <translation>発行者を信頼できません。このICチップは、本市が信頼する鍵のもとで発行されたものではありません。</translation>
    </message>
    <message>
        <source>Copied chip: the chip does not hold the key its data was issued to.</source>
        <translation>ICチップが複製されています。このチップは、データの発行先である鍵を持っていません。</translation>
    </message>
    <message>
        <source>Not checkable: this terminal could not check whether the card is genuine.</source>
        <translation>確認できません。この端末では、カードが真正かどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>Compare the photo and the card face with the person at the counter.</source>
        <translation>顔写真と券面を、窓口にいるご本人と見比べてください。</translation>
    </message>
    <message>
        <source>Nothing was filled in. Keep the card, check the physical card (hologram, print, photo) and call the supervisor.</source>
        <translation>何も入力していません。カードをお預かりし、券面（ホログラム・印字・顔写真）を確認して、責任者を呼んでください。</translation>
    </message>
    <message>
        <source>Check the physical card by eye (hologram, print, photo); if in doubt, call the supervisor.</source>
        <translation>券面（ホログラム・印字・顔写真）を目視で確認し、疑わしいときは責任者を呼んでください。</translation>
    </message>
</context>
<context>
    <name>CardError</name>
    <message>
        <source>The card reader service (pcscd) is not running. Please contact IT staff.</source>
        <translation>カードリーダーのサービス（pcscd）が動いていません。情報システム担当へご連絡ください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Please check the reader&apos;s cable.</source>
        <translation>カードリーダーが接続されていません。リーダーのケーブルをご確認ください。</translation>
    </message>
    <message>
        <source>No card is on the reader. Please place the card.</source>
        <translation>カードがリーダーに置かれていません。カードを置いてください。</translation>
    </message>
    <message>
        <source>Another program is using the card. Please close it and try again.</source>
        <translation>別のプログラムがカードを使用中です。そのプログラムを終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please check the card.</source>
        <translation>このカードはマイナンバーカードではありません。カードをご確認ください。</translation>
    </message>
    <message>
        <source>Verification code B is locked. Please guide the resident to the card counter.</source>
        <translation>照合番号Bがロックされています。住民の方をマイナンバーカード窓口へご案内ください。</translation>
    </message>
    <message>
        <source>The PIN is locked. Please guide the resident to the card counter to reset it.</source>
        <translation>暗証番号がロックされています。再設定のため、住民の方をマイナンバーカード窓口へご案内ください。</translation>
    </message>
    <message>
        <source>Only one try of verification code B is left. Confirm before trying.</source>
        <translation>照合番号Bの残り回数が1回です。入力内容を確認してから照合してください。</translation>
    </message>
    <message>
        <source>Only one PIN try is left. A wrong PIN will lock the card. Confirm with the resident before trying.</source>
        <translation>暗証番号の残り回数が1回です。間違えるとカードがロックされます。住民の方に確認してから照合してください。</translation>
    </message>
    <message>
        <source>The card was removed during reading. Please place it again and read again.</source>
        <translation>読み取り中にカードが外されました。カードを置き直して、もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The card did not answer in time. Please place it again.</source>
        <translation>カードから時間内に応答がありませんでした。カードを置き直してください。</translation>
    </message>
    <message>
        <source>The data on the card could not be read correctly. Please check the card face.</source>
        <translation>カードの情報を正しく読み取れませんでした。券面をご確認ください。</translation>
    </message>
    <message>
        <source>Verification code B must be 14 digits.</source>
        <translation>照合番号Bは14桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>The PIN must be 4 digits.</source>
        <translation>暗証番号は4桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>The card refused the request. Please place it again and retry.</source>
        <translation>カードが要求を受け付けませんでした。カードを置き直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Communication with the card reader failed. Please place the card again.</source>
        <translation>カードリーダーとの通信に失敗しました。カードを置き直してください。</translation>
    </message>
    <message>
        <source>The verification code B does not match.</source>
        <translation>照合番号Bが一致しません。</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message numerus="yes">
        <source>The verification code B does not match. Tries left: %n.</source>
        <translation>
            <numerusform>照合番号Bが一致しません。残り%n回です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. Tries left: %n.</source>
        <translation>
            <numerusform>暗証番号が違います。残り%n回です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1, follow-up rule &quot;%2&quot;</source>
        <translation>%1 の関連手続きルール「%2」</translation>
    </message>
    <message>
        <source>%1, follow-up rule &quot;%2&quot;, field &quot;%3&quot;</source>
        <translation>%1 の関連手続きルール「%2」の項目「%3」</translation>
    </message>
    <message>
        <source>%1, procedure &quot;%2&quot;</source>
        <translation>%1 の手続き「%2」</translation>
    </message>
    <message>
        <source>%1, procedure &quot;%2&quot;, field &quot;%3&quot;</source>
        <translation>%1 の手続き「%2」の項目「%3」</translation>
    </message>
    <message>
        <source>In %1: &quot;%2&quot; is missing or not valid.</source>
        <translation>%1：「%2」が指定されていないか、正しくありません。</translation>
    </message>
    <message>
        <source>In %1: &quot;%2&quot; is not a known item. Check the spelling.</source>
        <translation>%1：「%2」は使用できない項目名です。綴りを確認してください。</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read as JSON.</source>
        <translation>手続きカタログのファイル %1 を JSON として読み込めません。</translation>
    </message>
    <message>
        <source>The catalogue file %1 has an unsupported format. This version of Madoguchi reads format 1.</source>
        <translation>手続きカタログのファイル %1 の形式に対応していません。このバージョンの窓口は形式 1 のみ読み込めます。</translation>
    </message>
    <message>
        <source>In %1, procedure &quot;%2&quot;: the field ID &quot;%3&quot; is used more than once.</source>
        <translation>%1 の手続き「%2」：項目ID「%3」が複数回使われています。</translation>
    </message>
    <message>
        <source>In %1: the procedure ID &quot;%2&quot; is used more than once.</source>
        <translation>%1：手続きID「%2」が複数回使われています。</translation>
    </message>
    <message>
        <source>In %1, procedure &quot;%2&quot;: a My Number field is allowed only when the procedure lawfully requires the My Number (my_number_required).</source>
        <translation>%1 の手続き「%2」：個人番号の項目は、法令で個人番号が必要な手続き（my_number_required）にのみ設定できます。</translation>
    </message>
    <message>
        <source>In %1, follow-up rule &quot;%2&quot;: there is no life event &quot;%3&quot;.</source>
        <translation>%1 の関連手続きルール「%2」：ライフイベント「%3」がありません。</translation>
    </message>
    <message>
        <source>In %1, follow-up rule &quot;%2&quot;: there is no procedure &quot;%3&quot;.</source>
        <translation>%1 の関連手続きルール「%2」：手続き「%3」がありません。</translation>
    </message>
    <message>
        <source>No catalogue files were found.</source>
        <translation>手続きカタログのファイルが見つかりません。</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read.</source>
        <translation>手続きカタログのファイル %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>CatalogueSources</name>
    <message numerus="yes">
        <source>The municipality&apos;s procedures catalogue has errors and was not used (%n error(s)); the first: %1</source>
        <translation>
            <numerusform>自治体の手続きカタログに誤りがあるため使用していません（%n 件）。最初の誤り：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable catalogue is left: the counter cannot serve residents until the files are fixed.</source>
        <translation>使用できる手続きカタログがありません。ファイルを直すまで窓口業務はできません。</translation>
    </message>
    <message>
        <source>The counter works with the last catalogue that was correct. Check the files with: madoguchi-cli catalogue check DIR</source>
        <translation>窓口は最後に正しかった手続きカタログで動作しています。ファイルの確認：madoguchi-cli catalogue check DIR</translation>
    </message>
    <message>
        <source>The counter works with the installed catalogue. Check the files with: madoguchi-cli catalogue check DIR</source>
        <translation>窓口はインストールされた手続きカタログで動作しています。ファイルの確認：madoguchi-cli catalogue check DIR</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>住民基本台帳</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
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
    <name>CounterCard</name>
    <message>
        <source>The card is still being read; wait a moment.</source>
        <translation>カードを読み取り中です。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>CounterIssuance</name>
    <message>
        <source>%1 cannot be printed: %2 %3</source>
        <translation>%1 を印刷できません：%2 %3</translation>
    </message>
    <message>
        <source>The visit is recorded, but %1 could not be written as PDF: %2</source>
        <translation>来庁は記録しましたが、%1 を PDF に出力できませんでした：%2</translation>
    </message>
    <message>
        <source>The printouts declared in the procedures catalogue have errors; nothing was recorded. Tell the administrator: the log names the procedure and the place.</source>
        <translation>手続きカタログの印刷定義に誤りがあるため、何も記録していません。管理者に連絡してください（ログに手続きと箇所が記録されています）。</translation>
    </message>
    <message>
        <source>The registry did not give the household; nothing was recorded, try again when the registry is back.</source>
        <translation>住民記録から世帯の情報を取得できなかったため、何も記録していません。住民記録に接続できるようになってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>What the certificate printed was not kept (it was issued before this version), so no new paper can be printed.</source>
        <translation>この証明書は印字内容を保存する前の版で交付されたため、新しい用紙を印刷できません。</translation>
    </message>
    <message>
        <source>The new paper could not be written as PDF: %1</source>
        <translation>新しい用紙をPDFに書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CounterRegistry</name>
    <message>
        <source>The registry cannot be reached right now. Press F5 to try again; a move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</source>
        <translation>現在、住民基本台帳に接続できません。F5 で再試行してください。転入届はカードの情報で受け付けられます（F8）。証明書の発行には住民基本台帳が必要です。</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>相違：%1</translation>
    </message>
</context>
<context>
    <name>CounterServices</name>
    <message>
        <source>The procedures catalogue has errors: %1</source>
        <translation>手続きカタログに誤りがあります：%1</translation>
    </message>
    <message>
        <source>The guidance sheet could not be saved.</source>
        <translation>案内票を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>CounterStaff</name>
    <message>
        <source>Still checking the last sign-in; wait a moment.</source>
        <translation>前回のサインインを確認中です。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Nobody is signed in at this counter.</source>
        <translation>この窓口には誰もサインインしていません。</translation>
    </message>
    <message>
        <source>Only the staff member who is signed in, or a supervisor, can open this counter.</source>
        <translation>この窓口のロックを解除できるのは、サインイン中の職員か責任者だけです。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not in UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>ファイルの文字コードが UTF-8 ではありません。UTF-8（CSV UTF-8）で保存し直してから、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>A double quote (&quot;) appears inside a value. Enclose the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</source>
        <translation>値の途中にダブルクォーテーション（&quot;）があります。値全体をダブルクォーテーションで囲み、値の中のダブルクォーテーションは2つ重ねて（&quot;&quot;）記入してください。</translation>
    </message>
    <message>
        <source>There are characters after the closing double quote of a value. Enclose the whole value in double quotes.</source>
        <translation>値を閉じるダブルクォーテーションの後に文字があります。値全体をダブルクォーテーションで囲んでください。</translation>
    </message>
    <message>
        <source>A value that starts with a double quote (&quot;) is never closed. Add the closing double quote.</source>
        <translation>ダブルクォーテーション（&quot;）で始まる値が閉じられていません。閉じるダブルクォーテーションを追加してください。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation>ファイルが %1 MiB を超えており、一度に取り込める大きさを超えています。正しいファイルか確認するか、分割してください。</translation>
    </message>
    <message>
        <source>This line is longer than %1 KiB. Check that this is the right file and that its lines end with line breaks.</source>
        <translation>この行は %1 KiB を超えています。正しいファイルか、行が改行で区切られているか確認してください。</translation>
    </message>
    <message>
        <source>This row has more than %1 values.</source>
        <translation>この行の値が %1 個を超えています。</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>%1 文字を超える値があります。</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Reception no.</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付区分</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Certificates (serial)</source>
        <translation>証明書（交付番号）</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>nothing issued</source>
        <translation>交付なし</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>交付済</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>reissued</source>
        <translation>再交付</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>kiosk pre-entry</source>
        <translation>キオスク事前入力</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>IC (e-money)</source>
        <translation>交通系IC（電子マネー）</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QRコード決済</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>クレジットカード</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>免除</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>The central database does not answer: issued certificates are looked up there. Try again when the terminal is online.</source>
        <translation>中央データベースが応答しません。交付済みの証明書はそこで照会します。端末がオンラインになってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>%1から%2までの数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation>%1以上の数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation>%1以下の数値を入力してください。</translation>
    </message>
    <message>
        <source>This item is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <source>Enter this in full-width katakana.</source>
        <translation>全角カタカナで入力してください。</translation>
    </message>
    <message>
        <source>Enter a phone number in half-width digits, for example 0422-60-1800.</source>
        <translation>電話番号を半角数字で入力してください（例: 0422-60-1800）。</translation>
    </message>
    <message>
        <source>This item is too long.</source>
        <translation>入力が長すぎます。</translation>
    </message>
    <message>
        <source>This item is not in the expected form.</source>
        <translation>入力の形式が正しくありません。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>正しい日付を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number in half-width digits.</source>
        <translation>半角数字（整数）で入力してください。</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>選択肢から選んでください。</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>「はい」または「いいえ」で答えてください。</translation>
    </message>
    <message>
        <source>Enter the postal code as 7 half-width digits, for example 180-0001.</source>
        <translation>郵便番号を半角数字7桁で入力してください（例: 180-0001）。</translation>
    </message>
    <message>
        <source>The My Number is not valid. Check the 12 digits.</source>
        <translation>個人番号が正しくありません。12桁の番号をご確認ください。</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>There is no month %1.</source>
        <translation>%1月はありません。</translation>
    </message>
    <message>
        <source>There is no day %1 in %2/%3.</source>
        <translation>%2年%3月に%1日はありません。</translation>
    </message>
    <message>
        <source>An era year starts at 1 (元年).</source>
        <translation>和暦の年は1（元年）から始まります。</translation>
    </message>
    <message>
        <source>Unknown era &quot;%1&quot;; use 明治, 大正, 昭和, 平成 or 令和.</source>
        <translation>「%1」という元号はありません。明治・大正・昭和・平成・令和のいずれかで入力してください。</translation>
    </message>
    <message>
        <source>Use full-width katakana, not half-width (ｶﾅ).</source>
        <translation>半角カナ（ｶﾅ）ではなく全角カタカナで入力してください。</translation>
    </message>
    <message>
        <source>Only katakana here: &quot;%1&quot; is not kana.</source>
        <translation>カタカナで入力してください：「%1」はカナではありません。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, e.g. 180-0001.</source>
        <translation>郵便番号は7桁です（例：180-0001）。</translation>
    </message>
    <message>
        <source>Only digits and hyphens in a phone number.</source>
        <translation>電話番号は数字とハイフンで入力してください。</translation>
    </message>
    <message>
        <source>A phone number starts with 0 (include the area code).</source>
        <translation>電話番号は0から始まります（市外局番から入力してください）。</translation>
    </message>
    <message>
        <source>A mobile or IP phone number has 11 digits, e.g. 090-1234-5678.</source>
        <translation>携帯電話・IP電話の番号は11桁です（例：090-1234-5678）。</translation>
    </message>
    <message>
        <source>A landline number has 10 digits, e.g. 0422-60-1800.</source>
        <translation>固定電話の番号は10桁です（例：0422-60-1800）。</translation>
    </message>
    <message>
        <source>A My Number has 12 digits.</source>
        <translation>個人番号は12桁です。</translation>
    </message>
    <message>
        <source>The check digit does not match: please compare with the card again.</source>
        <translation>チェックデジットが一致しません。カードともう一度照らし合わせてください。</translation>
    </message>
    <message>
        <source>Type the date as 2025-04-01 or 令和7年4月1日.</source>
        <translation>日付は 2025-04-01 または 令和7年4月1日 の形で入力してください。</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>生年月日に未来の日付は入力できません。</translation>
    </message>
    <message>
        <source>A birth date before 1868 cannot be right.</source>
        <translation>1868年より前の生年月日は入力できません。</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 99.</source>
        <translation>0から99までの整数を入力してください。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>「はい」か「いいえ」を選んでください。</translation>
    </message>
    <message>
        <source>Type a whole number of 0 or more, digits only.</source>
        <translation>0以上の整数を数字のみで入力してください。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>次のいずれかを選んでください：%1</translation>
    </message>
    <message>
        <source>Unknown kind of field.</source>
        <translation>不明な種類の項目です。</translation>
    </message>
    <message>
        <source>%1 is not within the %2 era (%3 to %4).</source>
        <translation>%1 は%2の期間（%3～%4）にありません。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>現在</translation>
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
    <name>ReceptionQueue</name>
    <message>
        <source>The reception queue is not reachable (central store). F3 still numbers a resident in front of you.</source>
        <translation>受付の順番待ち（中央データベース）に接続できません。目の前の来庁者には F3 で受付番号を付けられます。</translation>
    </message>
    <message>
        <source>The reception queue is not reachable (central store).</source>
        <translation>受付の順番待ち（中央データベース）に接続できません。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s pre-entry is not reachable (central store).</source>
        <translation>キオスク端末の事前入力（中央データベース）に接続できません。</translation>
    </message>
</context>
<context>
    <name>RegistryCsv</name>
    <message>
        <source>This item is required. Enter a value.</source>
        <translation>この項目は必須です。値を入力してください。</translation>
    </message>
    <message>
        <source>This item contains a control character or an invalid character. Remove it.</source>
        <translation>この項目に制御文字または使用できない文字が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>This item must not start with =, +, - or @.</source>
        <translation>この項目は =、+、-、@ で始めることはできません。</translation>
    </message>
    <message>
        <source>This item is too long (200 characters at most).</source>
        <translation>この項目が長すぎます（200文字以内で入力してください）。</translation>
    </message>
    <message>
        <source>A name may contain only letters, kana and kanji (no digits or symbols).</source>
        <translation>氏名には文字（漢字・かな・英字）のみ使用できます。数字や記号は使用できません。</translation>
    </message>
    <message>
        <source>Enter the reading in full-width katakana (for example ヤマダ).</source>
        <translation>フリガナは全角カタカナで入力してください（例: ヤマダ）。</translation>
    </message>
    <message>
        <source>Enter a valid date as YYYY-MM-DD (for example 1980-02-17).</source>
        <translation>日付は YYYY-MM-DD の形式で、正しい日付を入力してください（例: 1980-02-17）。</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>日付が古すぎます。正しい日付か確認してください。</translation>
    </message>
    <message>
        <source>An identifier may contain only half-width letters, digits, - and _ (32 characters at most).</source>
        <translation>番号（ID）には半角英数字、「-」、「_」のみ使用できます（32文字以内）。</translation>
    </message>
    <message>
        <source>Enter the amount in yen as half-width digits without commas.</source>
        <translation>金額は円単位で、カンマを付けずに半角数字で入力してください。</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row and at least one record.</source>
        <translation>ファイルが空です。見出し行と1件以上のデータが必要です。</translation>
    </message>
    <message>
        <source>The file has a header row but no records.</source>
        <translation>見出し行のみで、データがありません。</translation>
    </message>
    <message>
        <source>There are too many errors; only the first 500 are shown. Check that this is the right file.</source>
        <translation>エラーが多すぎるため、最初の500件のみ表示しています。取り込むファイルが正しいか確認してください。</translation>
    </message>
    <message>
        <source>The header row has an unknown column name. See the import format.</source>
        <translation>見出し行に不明な列名があります。取込形式の説明を確認してください。</translation>
    </message>
    <message>
        <source>The header row names the same column twice.</source>
        <translation>見出し行に同じ列名が2回あります。</translation>
    </message>
    <message>
        <source>The header row has no &quot;record&quot; column. The first row must be the header row.</source>
        <translation>見出し行に「record」列がありません。1行目は見出し行にしてください。</translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Check for a missing or extra comma.</source>
        <translation>この行の値は%1個ですが、見出し行の列は%2個です。カンマの過不足がないか確認してください。</translation>
    </message>
    <message>
        <source>The record type must be household, resident, seal or tax.</source>
        <translation>レコード種別は household、resident、seal、tax のいずれかにしてください。</translation>
    </message>
    <message>
        <source>This column must be empty for this record type.</source>
        <translation>このレコード種別では、この列は空欄にしてください。</translation>
    </message>
    <message>
        <source>Enter the postal code as 7 half-width digits, for example 180-0001 or 1800001.</source>
        <translation>郵便番号は半角数字7桁で入力してください（例: 180-0001 または 1800001）。</translation>
    </message>
    <message>
        <source>This household ID is already used on line %1.</source>
        <translation>この世帯番号は%1行目で既に使われています。</translation>
    </message>
    <message>
        <source>Enter the reading of the given name.</source>
        <translation>名のフリガナを入力してください。</translation>
    </message>
    <message>
        <source>Sex must be 1 (male), 2 (female) or 9 (not applicable).</source>
        <translation>性別は 1（男）、2（女）、9（適用不能）のいずれかにしてください。</translation>
    </message>
    <message>
        <source>The date of becoming a resident is before the date of birth.</source>
        <translation>住民となった日が生年月日より前になっています。</translation>
    </message>
    <message>
        <source>The status must be active, moved_out or deceased (empty means active).</source>
        <translation>状態は active、moved_out、deceased のいずれかにしてください（空欄は active とみなします）。</translation>
    </message>
    <message>
        <source>This resident ID is already used on line %1.</source>
        <translation>この住民番号は%1行目で既に使われています。</translation>
    </message>
    <message>
        <source>The same person (same household, name and date of birth) is already on line %1.</source>
        <translation>同じ方（同一世帯・同一氏名・同一生年月日）が%1行目に既に登録されています。</translation>
    </message>
    <message>
        <source>This seal registration number is already used on line %1.</source>
        <translation>この印鑑登録番号は%1行目で既に使われています。</translation>
    </message>
    <message>
        <source>This resident already has a registered seal on line %1. A person can register one seal.</source>
        <translation>この方は%1行目で既に印鑑登録されています。印鑑登録はお一人につき1件です。</translation>
    </message>
    <message>
        <source>Enter the fiscal year as a 4-digit Western year between 1989 and 2100.</source>
        <translation>年度は西暦4桁（1989～2100）で入力してください。</translation>
    </message>
    <message>
        <source>The amount paid is larger than the tax assessed.</source>
        <translation>納付済額が税額を超えています。</translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s number plate when there is light vehicle tax.</source>
        <translation>軽自動車税がある場合は、標識番号（ナンバー）を入力してください。</translation>
    </message>
    <message>
        <source>This resident already has a tax record for this fiscal year on line %1.</source>
        <translation>この方の同じ年度の税情報が%1行目に既にあります。</translation>
    </message>
    <message>
        <source>There is no household with this ID in the file.</source>
        <translation>この世帯番号の世帯がファイル内にありません。</translation>
    </message>
    <message>
        <source>There is no resident with this ID in the file.</source>
        <translation>この住民番号の住民がファイル内にありません。</translation>
    </message>
    <message>
        <source>The head of household must be a member of this household.</source>
        <translation>世帯主はこの世帯の世帯員である必要があります。</translation>
    </message>
    <message>
        <source>The head of household&apos;s relationship must be 世帯主 or 本人.</source>
        <translation>世帯主の続柄は「世帯主」または「本人」にしてください。</translation>
    </message>
    <message>
        <source>Only the head of household can have the relationship 世帯主 or 本人.</source>
        <translation>続柄「世帯主」「本人」は世帯主の方にのみ使用できます。</translation>
    </message>
    <message>
        <source>A seal can be registered only by a person aged 15 or over on the registration date.</source>
        <translation>印鑑登録は、登録日に15歳以上の方に限られます。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation>ファイルが %1 MiB を超えており、一度に取り込める大きさを超えています。正しいファイルか確認するか、分割してください。</translation>
    </message>
    <message>
        <source>The file has more than %1 records, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation>ファイルのレコードが %1 件を超えており、一度に取り込める件数を超えています。正しいファイルか確認するか、分割してください。</translation>
    </message>
    <message>
        <source>The file could not be checked: the temporary working space failed. Check the free disk space and try again.</source>
        <translation>一時作業領域に失敗したため、ファイルを確認できませんでした。ディスクの空き容量を確認して、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>ResidentCatalogue</name>
    <message>
        <source>High-cost (preventive) care service benefit</source>
        <extracomment>高額介護（予防）サービス費の支給申請 (care.json high-cost-care-benefit name)</extracomment>
        <translation>高額介護（予防）サービス費の支給申請</translation>
    </message>
    <message>
        <source>Proof of identity (My Number card, driving licence, etc.)</source>
        <extracomment>本人確認書類（マイナンバーカード、運転免許証など） (care.json high-cost-care-benefit documents[0])</extracomment>
        <translation>本人確認書類（マイナンバーカード、運転免許証など）</translation>
    </message>
    <message>
        <source>Proof of My Number (My Number card, etc.)</source>
        <extracomment>個人番号確認書類（マイナンバーカードなど） (care.json high-cost-care-benefit documents[1])</extracomment>
        <translation>個人番号確認書類（マイナンバーカードなど）</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <extracomment>申請者氏名 (care.json high-cost-care-benefit applicant_name)</extracomment>
        <translation>申請者氏名</translation>
    </message>
    <message>
        <source>Applicant&apos;s name (katakana)</source>
        <extracomment>申請者氏名（フリガナ） (care.json high-cost-care-benefit applicant_kana)</extracomment>
        <translation>申請者氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of birth</source>
        <extracomment>申請者生年月日 (care.json high-cost-care-benefit applicant_birth_date)</extracomment>
        <translation>申請者生年月日</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <extracomment>申請者住所 (care.json high-cost-care-benefit applicant_address)</extracomment>
        <translation>申請者住所</translation>
    </message>
    <message>
        <source>Daytime phone number</source>
        <extracomment>日中の連絡先電話番号 (care.json high-cost-care-benefit applicant_phone)</extracomment>
        <translation>日中の連絡先電話番号</translation>
    </message>
    <message>
        <source>Care insurance number</source>
        <extracomment>介護保険被保険者番号 (care.json high-cost-care-benefit insured_number)</extracomment>
        <translation>介護保険被保険者番号</translation>
    </message>
    <message>
        <source>Month of service</source>
        <extracomment>対象のサービス提供月 (care.json high-cost-care-benefit service_month)</extracomment>
        <translation>対象のサービス提供月</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>金融機関名 (care.json high-cost-care-benefit bank_name)</extracomment>
        <translation>金融機関名</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>支店名 (care.json high-cost-care-benefit bank_branch)</extracomment>
        <translation>支店名</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>預金種目 (care.json high-cost-care-benefit account_type)</extracomment>
        <translation>預金種目</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>普通 (care.json high-cost-care-benefit account_type=ordinary)</extracomment>
        <translation>普通</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>当座 (care.json high-cost-care-benefit account_type=current)</extracomment>
        <translation>当座</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>口座番号 (care.json high-cost-care-benefit account_number)</extracomment>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>Account holder (katakana)</source>
        <extracomment>口座名義（カナ） (care.json high-cost-care-benefit account_holder_kana)</extracomment>
        <translation>口座名義（カナ）</translation>
    </message>
    <message>
        <source>My Number</source>
        <extracomment>個人番号 (care.json high-cost-care-benefit my_number)</extracomment>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>Certification of the care cost ceiling</source>
        <extracomment>介護保険負担限度額認定申請 (care.json care-cost-ceiling-certification name)</extracomment>
        <translation>介護保険負担限度額認定申請</translation>
    </message>
    <message>
        <source>Savings</source>
        <extracomment>預貯金等の額 (care.json care-cost-ceiling-certification savings)</extracomment>
        <translation>預貯金等の額</translation>
    </message>
    <message>
        <source>Has a spouse</source>
        <extracomment>配偶者がいる (care.json care-cost-ceiling-certification has_spouse)</extracomment>
        <translation>配偶者がいる</translation>
    </message>
    <message>
        <source>Benefit for buying welfare equipment</source>
        <extracomment>居宅介護（介護予防）福祉用具購入費の支給申請 (care.json welfare-equipment-purchase name)</extracomment>
        <translation>居宅介護（介護予防）福祉用具購入費の支給申請</translation>
    </message>
    <message>
        <source>Equipment bought</source>
        <extracomment>購入した福祉用具 (care.json welfare-equipment-purchase equipment)</extracomment>
        <translation>購入した福祉用具</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <extracomment>購入金額 (care.json welfare-equipment-purchase purchase_amount)</extracomment>
        <translation>購入金額</translation>
    </message>
    <message>
        <source>Benefit for home modification</source>
        <extracomment>居宅介護（介護予防）住宅改修費の支給申請 (care.json home-modification-benefit name)</extracomment>
        <translation>居宅介護（介護予防）住宅改修費の支給申請</translation>
    </message>
    <message>
        <source>Work done</source>
        <extracomment>改修の内容 (care.json home-modification-benefit work)</extracomment>
        <translation>改修の内容</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>改修費用 (care.json home-modification-benefit work_amount)</extracomment>
        <translation>改修費用</translation>
    </message>
    <message>
        <source>Care-need certification after moving</source>
        <extracomment>住所移転後の要介護・要支援認定申請 (care.json care-certification-after-move name)</extracomment>
        <translation>住所移転後の要介護・要支援認定申請</translation>
    </message>
    <message>
        <source>Previous municipality</source>
        <extracomment>前住所地の市区町村 (care.json care-certification-after-move previous_city)</extracomment>
        <translation>前住所地の市区町村</translation>
    </message>
    <message>
        <source>Certification at the previous address (certificate of eligibility)</source>
        <extracomment>前住所地での認定（受給資格証明書） (care.json care-certification-after-move previous_certification)</extracomment>
        <translation>前住所地での認定（受給資格証明書）</translation>
    </message>
    <message>
        <source>Date of moving in</source>
        <extracomment>転入日 (care.json care-certification-after-move move_in_date)</extracomment>
        <translation>転入日</translation>
    </message>
    <message>
        <source>Application for care-need certification</source>
        <extracomment>要介護・要支援認定の申請 (care.json care-certification name)</extracomment>
        <translation>要介護・要支援認定の申請</translation>
    </message>
    <message>
        <source>Family doctor (clinic and name)</source>
        <extracomment>主治医（医療機関・医師名） (care.json care-certification doctor)</extracomment>
        <translation>主治医（医療機関・医師名）</translation>
    </message>
    <message>
        <source>Current condition</source>
        <extracomment>現在の状況 (care.json care-certification condition)</extracomment>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>Renewal of care-need certification</source>
        <extracomment>要介護・要支援更新認定の申請 (care.json care-certification-renewal name)</extracomment>
        <translation>要介護・要支援更新認定の申請</translation>
    </message>
    <message>
        <source>Change of care-need level</source>
        <extracomment>要介護・要支援状態区分変更認定の申請 (care.json care-certification-change name)</extracomment>
        <translation>要介護・要支援状態区分変更認定の申請</translation>
    </message>
    <message>
        <source>Why the level should change</source>
        <extracomment>変更申請の理由 (care.json care-certification-change change_reason)</extracomment>
        <translation>変更申請の理由</translation>
    </message>
    <message>
        <source>Notice of care plan provider</source>
        <extracomment>居宅（介護予防）サービス計画作成（変更）依頼の届出 (care.json care-plan-notice name)</extracomment>
        <translation>居宅（介護予防）サービス計画作成（変更）依頼の届出</translation>
    </message>
    <message>
        <source>Care management office</source>
        <extracomment>居宅介護支援事業者名 (care.json care-plan-notice care_manager_office)</extracomment>
        <translation>居宅介護支援事業者名</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>開始日 (care.json care-plan-notice start_date)</extracomment>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Reissue of the care cost-sharing card</source>
        <extracomment>介護保険負担割合証の再交付申請 (care.json care-burden-ratio-card-reissue name)</extracomment>
        <translation>介護保険負担割合証の再交付申請</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>再交付の理由 (care.json care-burden-ratio-card-reissue reissue_reason)</extracomment>
        <translation>再交付の理由</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>紛失 (care.json care-burden-ratio-card-reissue reissue_reason=lost)</extracomment>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>破損・汚損 (care.json care-burden-ratio-card-reissue reissue_reason=damaged)</extracomment>
        <translation>破損・汚損</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>その他 (care.json care-burden-ratio-card-reissue reissue_reason=other)</extracomment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Reissue of the care insurance card</source>
        <extracomment>介護保険被保険者証の再交付申請 (care.json care-insurance-card-reissue name)</extracomment>
        <translation>介護保険被保険者証の再交付申請</translation>
    </message>
    <message>
        <source>Long-term care insurance enrolment (moving in)</source>
        <extracomment>介護保険 資格取得届（転入） (care.json care-insurance-enrolment name)</extracomment>
        <translation>介護保険 資格取得届（転入）</translation>
    </message>
    <message>
        <source>Insured person&apos;s name</source>
        <extracomment>被保険者氏名 (care.json care-insurance-enrolment insured_name)</extracomment>
        <translation>被保険者氏名</translation>
    </message>
    <message>
        <source>Insured person&apos;s name (katakana)</source>
        <extracomment>被保険者氏名（フリガナ） (care.json care-insurance-enrolment insured_kana)</extracomment>
        <translation>被保険者氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Insured person&apos;s date of birth</source>
        <extracomment>被保険者生年月日 (care.json care-insurance-enrolment insured_birth_date)</extracomment>
        <translation>被保険者生年月日</translation>
    </message>
    <message>
        <source>Insured person&apos;s address</source>
        <extracomment>被保険者住所 (care.json care-insurance-enrolment insured_address)</extracomment>
        <translation>被保険者住所</translation>
    </message>
    <message>
        <source>Previous insurer (municipality)</source>
        <extracomment>前住所地の保険者（市区町村） (care.json care-insurance-enrolment previous_insurer)</extracomment>
        <translation>前住所地の保険者（市区町村）</translation>
    </message>
    <message>
        <source>Certificate of residence</source>
        <extracomment>住民票の写し (certificates.json resident-certificate name)</extracomment>
        <translation>住民票の写し</translation>
    </message>
    <message>
        <source>A letter of proxy when someone else applies</source>
        <extracomment>代理人の場合は委任状 (certificates.json resident-certificate documents[1])</extracomment>
        <translation>代理人の場合は委任状</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <extracomment>請求者氏名 (certificates.json resident-certificate requester_name)</extracomment>
        <translation>請求者氏名</translation>
    </message>
    <message>
        <source>Requester&apos;s name (katakana)</source>
        <extracomment>請求者氏名（フリガナ） (certificates.json resident-certificate requester_kana)</extracomment>
        <translation>請求者氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Requester&apos;s date of birth</source>
        <extracomment>請求者生年月日 (certificates.json resident-certificate requester_birth_date)</extracomment>
        <translation>請求者生年月日</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <extracomment>請求者住所 (certificates.json resident-certificate requester_address)</extracomment>
        <translation>請求者住所</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <extracomment>必要な通数 (certificates.json resident-certificate copies)</extracomment>
        <translation>必要な通数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>使用目的 (certificates.json resident-certificate purpose)</extracomment>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>For an employer</source>
        <extracomment>勤務先に提出 (certificates.json resident-certificate purpose=employment)</extracomment>
        <translation>勤務先に提出</translation>
    </message>
    <message>
        <source>For a school</source>
        <extracomment>学校に提出 (certificates.json resident-certificate purpose=school)</extracomment>
        <translation>学校に提出</translation>
    </message>
    <message>
        <source>Housing</source>
        <extracomment>住宅関係 (certificates.json resident-certificate purpose=housing)</extracomment>
        <translation>住宅関係</translation>
    </message>
    <message>
        <source>Pension or insurance</source>
        <extracomment>年金・保険の手続き (certificates.json resident-certificate purpose=pension)</extracomment>
        <translation>年金・保険の手続き</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <extracomment>自動車関係 (certificates.json resident-certificate purpose=vehicle)</extracomment>
        <translation>自動車関係</translation>
    </message>
    <message>
        <source>Whole household or some members</source>
        <extracomment>世帯全員か一部か (certificates.json resident-certificate scope)</extracomment>
        <translation>世帯全員か一部か</translation>
    </message>
    <message>
        <source>Whole household</source>
        <extracomment>世帯全員 (certificates.json resident-certificate scope=all)</extracomment>
        <translation>世帯全員</translation>
    </message>
    <message>
        <source>Some members</source>
        <extracomment>世帯の一部 (certificates.json resident-certificate scope=some)</extracomment>
        <translation>世帯の一部</translation>
    </message>
    <message>
        <source>Show head of household and relationship</source>
        <extracomment>世帯主・続柄の記載 (certificates.json resident-certificate include_household_head)</extracomment>
        <translation>世帯主・続柄の記載</translation>
    </message>
    <message>
        <source>Show registered domicile and head of family register</source>
        <extracomment>本籍・筆頭者の記載 (certificates.json resident-certificate include_honseki)</extracomment>
        <translation>本籍・筆頭者の記載</translation>
    </message>
    <message>
        <source>Seal registration certificate</source>
        <extracomment>印鑑登録証明書 (certificates.json seal-certificate name)</extracomment>
        <translation>印鑑登録証明書</translation>
    </message>
    <message>
        <source>Seal registration card, or the My Number card with its PIN</source>
        <extracomment>印鑑登録証（カード）またはマイナンバーカード（コンビニ交付の暗証番号で） (certificates.json seal-certificate documents[0])</extracomment>
        <translation>印鑑登録証（カード）またはマイナンバーカード（コンビニ交付の暗証番号で）</translation>
    </message>
    <message>
        <source>Seal registration number</source>
        <extracomment>印鑑登録番号 (certificates.json seal-certificate seal_number)</extracomment>
        <translation>印鑑登録番号</translation>
    </message>
    <message>
        <source>Income and tax certificate</source>
        <extracomment>所得・課税証明書 (certificates.json income-tax-certificate name)</extracomment>
        <translation>所得・課税証明書</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <extracomment>年度 (certificates.json income-tax-certificate fiscal_year)</extracomment>
        <translation>年度</translation>
    </message>
    <message>
        <source>Tax payment certificate</source>
        <extracomment>納税証明書 (certificates.json tax-payment-certificate name)</extracomment>
        <translation>納税証明書</translation>
    </message>
    <message>
        <source>Tax</source>
        <extracomment>税目 (certificates.json tax-payment-certificate tax_item)</extracomment>
        <translation>税目</translation>
    </message>
    <message>
        <source>Resident tax</source>
        <extracomment>住民税 (certificates.json tax-payment-certificate tax_item=resident)</extracomment>
        <translation>住民税</translation>
    </message>
    <message>
        <source>Property tax</source>
        <extracomment>固定資産税 (certificates.json tax-payment-certificate tax_item=property)</extracomment>
        <translation>固定資産税</translation>
    </message>
    <message>
        <source>Light vehicle tax</source>
        <extracomment>軽自動車税 (certificates.json tax-payment-certificate tax_item=light_vehicle)</extracomment>
        <translation>軽自動車税</translation>
    </message>
    <message>
        <source>Light vehicle tax certificate (for inspection)</source>
        <extracomment>軽自動車税納税証明書（継続検査用） (certificates.json light-vehicle-tax-certificate name)</extracomment>
        <translation>軽自動車税納税証明書（継続検査用）</translation>
    </message>
    <message>
        <source>Vehicle inspection certificate</source>
        <extracomment>自動車検査証（車検証） (certificates.json light-vehicle-tax-certificate documents[0])</extracomment>
        <translation>自動車検査証（車検証）</translation>
    </message>
    <message>
        <source>Number plate</source>
        <extracomment>標識番号（ナンバー） (certificates.json light-vehicle-tax-certificate vehicle_plate)</extracomment>
        <translation>標識番号（ナンバー）</translation>
    </message>
    <message>
        <source>Owner&apos;s (user&apos;s) name</source>
        <extracomment>所有者（使用者）氏名 (certificates.json light-vehicle-tax-certificate owner_name)</extracomment>
        <translation>所有者（使用者）氏名</translation>
    </message>
    <message>
        <source>Owner&apos;s address</source>
        <extracomment>所有者（使用者）住所 (certificates.json light-vehicle-tax-certificate owner_address)</extracomment>
        <translation>所有者（使用者）住所</translation>
    </message>
    <message>
        <source>Child allowance claim</source>
        <extracomment>児童手当 認定請求 (childcare.json child-allowance-claim name)</extracomment>
        <translation>児童手当 認定請求</translation>
    </message>
    <message>
        <source>Bank book or card of an account in the claimant&apos;s name</source>
        <extracomment>請求者名義の口座がわかるもの（通帳・キャッシュカード） (childcare.json child-allowance-claim documents[2])</extracomment>
        <translation>請求者名義の口座がわかるもの（通帳・キャッシュカード）</translation>
    </message>
    <message>
        <source>Copy of the health insurance card (employees&apos; pension)</source>
        <extracomment>健康保険証の写し（厚生年金加入の方） (childcare.json child-allowance-claim documents[3])</extracomment>
        <translation>健康保険証の写し（厚生年金加入の方）</translation>
    </message>
    <message>
        <source>Statement of care when a child lives elsewhere</source>
        <extracomment>児童と別居の場合は別居監護申立書 (childcare.json child-allowance-claim documents[4])</extracomment>
        <translation>児童と別居の場合は別居監護申立書</translation>
    </message>
    <message>
        <source>Claimant&apos;s name</source>
        <extracomment>請求者氏名 (childcare.json child-allowance-claim claimant_name)</extracomment>
        <translation>請求者氏名</translation>
    </message>
    <message>
        <source>Claimant&apos;s name (katakana)</source>
        <extracomment>請求者氏名（フリガナ） (childcare.json child-allowance-claim claimant_kana)</extracomment>
        <translation>請求者氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Claimant&apos;s date of birth</source>
        <extracomment>請求者生年月日 (childcare.json child-allowance-claim claimant_birth_date)</extracomment>
        <translation>請求者生年月日</translation>
    </message>
    <message>
        <source>Claimant&apos;s address</source>
        <extracomment>請求者住所 (childcare.json child-allowance-claim claimant_address)</extracomment>
        <translation>請求者住所</translation>
    </message>
    <message>
        <source>Claimant&apos;s sex</source>
        <extracomment>請求者の性別 (childcare.json child-allowance-claim claimant_sex)</extracomment>
        <translation>請求者の性別</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>男 (childcare.json child-allowance-claim claimant_sex=1)</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>女 (childcare.json child-allowance-claim claimant_sex=2)</extracomment>
        <translation>女</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>適用不能 (childcare.json child-allowance-claim claimant_sex=9)</extracomment>
        <translation>適用不能</translation>
    </message>
    <message>
        <source>Claimant&apos;s occupation</source>
        <extracomment>請求者の職業 (childcare.json child-allowance-claim claimant_occupation)</extracomment>
        <translation>請求者の職業</translation>
    </message>
    <message>
        <source>Employee</source>
        <extracomment>会社員 (childcare.json child-allowance-claim claimant_occupation=employee)</extracomment>
        <translation>会社員</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <extracomment>公務員 (childcare.json child-allowance-claim claimant_occupation=civil_servant)</extracomment>
        <translation>公務員</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>自営業 (childcare.json child-allowance-claim claimant_occupation=self_employed)</extracomment>
        <translation>自営業</translation>
    </message>
    <message>
        <source>Not working</source>
        <extracomment>無職 (childcare.json child-allowance-claim claimant_occupation=none)</extracomment>
        <translation>無職</translation>
    </message>
    <message>
        <source>Pension scheme</source>
        <extracomment>加入している年金 (childcare.json child-allowance-claim pension)</extracomment>
        <translation>加入している年金</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <extracomment>厚生年金 (childcare.json child-allowance-claim pension=employees)</extracomment>
        <translation>厚生年金</translation>
    </message>
    <message>
        <source>National pension</source>
        <extracomment>国民年金 (childcare.json child-allowance-claim pension=national)</extracomment>
        <translation>国民年金</translation>
    </message>
    <message>
        <source>Mutual aid pension</source>
        <extracomment>共済年金 (childcare.json child-allowance-claim pension=mutual)</extracomment>
        <translation>共済年金</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>なし (childcare.json child-allowance-claim pension=none)</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <extracomment>配偶者氏名 (childcare.json child-allowance-claim spouse_name)</extracomment>
        <translation>配偶者氏名</translation>
    </message>
    <message>
        <source>Spouse&apos;s My Number</source>
        <extracomment>配偶者の個人番号 (childcare.json child-allowance-claim spouse_my_number)</extracomment>
        <translation>配偶者の個人番号</translation>
    </message>
    <message>
        <source>Children concerned (name, date of birth, relationship)</source>
        <extracomment>対象となる児童（氏名・生年月日・続柄） (childcare.json child-allowance-claim children)</extracomment>
        <translation>対象となる児童（氏名・生年月日・続柄）</translation>
    </message>
    <message>
        <source>A child lives elsewhere</source>
        <extracomment>別居している児童がいる (childcare.json child-allowance-claim children_living_apart)</extracomment>
        <translation>別居している児童がいる</translation>
    </message>
    <message>
        <source>Reason for the claim</source>
        <extracomment>請求の理由 (childcare.json child-allowance-claim claim_reason)</extracomment>
        <translation>請求の理由</translation>
    </message>
    <message>
        <source>Birth</source>
        <extracomment>出生 (childcare.json child-allowance-claim claim_reason=birth)</extracomment>
        <translation>出生</translation>
    </message>
    <message>
        <source>Moving in</source>
        <extracomment>転入 (childcare.json child-allowance-claim claim_reason=move_in)</extracomment>
        <translation>転入</translation>
    </message>
    <message>
        <source>Date of birth or moving in</source>
        <extracomment>出生日・転入日 (childcare.json child-allowance-claim event_date)</extracomment>
        <translation>出生日・転入日</translation>
    </message>
    <message>
        <source>Income of the previous year</source>
        <extracomment>前年（前々年）の所得 (childcare.json child-allowance-claim previous_income)</extracomment>
        <translation>前年（前々年）の所得</translation>
    </message>
    <message>
        <source>Claimant&apos;s My Number</source>
        <extracomment>請求者の個人番号 (childcare.json child-allowance-claim my_number)</extracomment>
        <translation>請求者の個人番号</translation>
    </message>
    <message>
        <source>Child allowance amount revision</source>
        <extracomment>児童手当 額改定の請求及び届出 (childcare.json child-allowance-revision name)</extracomment>
        <translation>児童手当 額改定の請求及び届出</translation>
    </message>
    <message>
        <source>More children</source>
        <extracomment>児童の増加 (childcare.json child-allowance-revision revision_reason=increase)</extracomment>
        <translation>児童の増加</translation>
    </message>
    <message>
        <source>Fewer children</source>
        <extracomment>児童の減少 (childcare.json child-allowance-revision revision_reason=decrease)</extracomment>
        <translation>児童の減少</translation>
    </message>
    <message>
        <source>Child allowance name or address change notice</source>
        <extracomment>児童手当 氏名変更／住所変更等の届出 (childcare.json child-allowance-change-notice name)</extracomment>
        <translation>児童手当 氏名変更／住所変更等の届出</translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>変更の内容 (childcare.json child-allowance-change-notice change_type)</extracomment>
        <translation>変更の内容</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>氏名 (childcare.json child-allowance-change-notice change_type=name)</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>住所 (childcare.json child-allowance-change-notice change_type=address)</extracomment>
        <translation>住所</translation>
    </message>
    <message>
        <source>Bank account</source>
        <extracomment>口座 (childcare.json child-allowance-change-notice change_type=account)</extracomment>
        <translation>口座</translation>
    </message>
    <message>
        <source>Date of change</source>
        <extracomment>変更日 (childcare.json child-allowance-change-notice change_date)</extracomment>
        <translation>変更日</translation>
    </message>
    <message>
        <source>New details</source>
        <extracomment>変更後の内容 (childcare.json child-allowance-change-notice new_value)</extracomment>
        <translation>変更後の内容</translation>
    </message>
    <message>
        <source>Child allowance lapse notice</source>
        <extracomment>児童手当 受給事由消滅の届出 (childcare.json child-allowance-lapse name)</extracomment>
        <translation>児童手当 受給事由消滅の届出</translation>
    </message>
    <message>
        <source>Moving out</source>
        <extracomment>転出 (childcare.json child-allowance-lapse lapse_reason=move_out)</extracomment>
        <translation>転出</translation>
    </message>
    <message>
        <source>No longer caring for a child</source>
        <extracomment>児童を養育しなくなった (childcare.json child-allowance-lapse lapse_reason=no_child)</extracomment>
        <translation>児童を養育しなくなった</translation>
    </message>
    <message>
        <source>Became a civil servant</source>
        <extracomment>公務員になった (childcare.json child-allowance-lapse lapse_reason=civil_servant)</extracomment>
        <translation>公務員になった</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>消滅日 (childcare.json child-allowance-lapse lapse_date)</extracomment>
        <translation>消滅日</translation>
    </message>
    <message>
        <source>Claim for unpaid child allowance</source>
        <extracomment>未支払の児童手当等の請求 (childcare.json child-allowance-unpaid-claim name)</extracomment>
        <translation>未支払の児童手当等の請求</translation>
    </message>
    <message>
        <source>Name of the deceased recipient</source>
        <extracomment>亡くなった受給者の氏名 (childcare.json child-allowance-unpaid-claim deceased_recipient)</extracomment>
        <translation>亡くなった受給者の氏名</translation>
    </message>
    <message>
        <source>Offer to donate child allowance</source>
        <extracomment>児童手当等に係る寄附の申出 (childcare.json child-allowance-donation name)</extracomment>
        <translation>児童手当等に係る寄附の申出</translation>
    </message>
    <message>
        <source>Amount to donate</source>
        <extracomment>寄附する額 (childcare.json child-allowance-donation donation_amount)</extracomment>
        <translation>寄附する額</translation>
    </message>
    <message>
        <source>Change to a child allowance donation</source>
        <extracomment>児童手当に係る寄附変更等の申出 (childcare.json child-allowance-donation-change name)</extracomment>
        <translation>児童手当に係る寄附変更等の申出</translation>
    </message>
    <message>
        <source>New amount</source>
        <extracomment>変更後の寄附額 (childcare.json child-allowance-donation-change donation_amount)</extracomment>
        <translation>変更後の寄附額</translation>
    </message>
    <message>
        <source>Request to pay school fees from child allowance</source>
        <extracomment>受給資格者の申出による学校給食費等の徴収等の申出 (childcare.json school-fee-deduction name)</extracomment>
        <translation>受給資格者の申出による学校給食費等の徴収等の申出</translation>
    </message>
    <message>
        <source>Fees</source>
        <extracomment>徴収する費用 (childcare.json school-fee-deduction fee_kind)</extracomment>
        <translation>徴収する費用</translation>
    </message>
    <message>
        <source>School lunch</source>
        <extracomment>学校給食費 (childcare.json school-fee-deduction fee_kind=school_lunch)</extracomment>
        <translation>学校給食費</translation>
    </message>
    <message>
        <source>Nursery fees</source>
        <extracomment>保育料 (childcare.json school-fee-deduction fee_kind=nursery)</extracomment>
        <translation>保育料</translation>
    </message>
    <message>
        <source>Change to paying school fees from child allowance</source>
        <extracomment>学校給食費等の徴収等の変更等の申出 (childcare.json school-fee-deduction-change name)</extracomment>
        <translation>学校給食費等の徴収等の変更等の申出</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>変更の内容 (childcare.json school-fee-deduction-change change_reason)</extracomment>
        <translation>変更の内容</translation>
    </message>
    <message>
        <source>Child allowance status report</source>
        <extracomment>児童手当等の現況届 (childcare.json child-allowance-status-report name)</extracomment>
        <translation>児童手当等の現況届</translation>
    </message>
    <message>
        <source>Application for childcare benefit certification</source>
        <extracomment>教育・保育給付認定（支給認定）の申請 (childcare.json childcare-benefit-certification name)</extracomment>
        <translation>教育・保育給付認定（支給認定）の申請</translation>
    </message>
    <message>
        <source>Certification type</source>
        <extracomment>認定区分 (childcare.json childcare-benefit-certification certification_type)</extracomment>
        <translation>認定区分</translation>
    </message>
    <message>
        <source>Type 1 (education hours)</source>
        <extracomment>1号認定（教育標準時間） (childcare.json childcare-benefit-certification certification_type=1)</extracomment>
        <translation>1号認定（教育標準時間）</translation>
    </message>
    <message>
        <source>Type 2 (aged 3+, day care)</source>
        <extracomment>2号認定（満3歳以上・保育） (childcare.json childcare-benefit-certification certification_type=2)</extracomment>
        <translation>2号認定（満3歳以上・保育）</translation>
    </message>
    <message>
        <source>Type 3 (under 3, day care)</source>
        <extracomment>3号認定（満3歳未満・保育） (childcare.json childcare-benefit-certification certification_type=3)</extracomment>
        <translation>3号認定（満3歳未満・保育）</translation>
    </message>
    <message>
        <source>Why day care is needed</source>
        <extracomment>保育を必要とする理由 (childcare.json childcare-benefit-certification care_need_reason)</extracomment>
        <translation>保育を必要とする理由</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>就労 (childcare.json childcare-benefit-certification care_need_reason=work)</extracomment>
        <translation>就労</translation>
    </message>
    <message>
        <source>Pregnancy or birth</source>
        <extracomment>妊娠・出産 (childcare.json childcare-benefit-certification care_need_reason=pregnancy)</extracomment>
        <translation>妊娠・出産</translation>
    </message>
    <message>
        <source>Illness or disability</source>
        <extracomment>疾病・障害 (childcare.json childcare-benefit-certification care_need_reason=illness)</extracomment>
        <translation>疾病・障害</translation>
    </message>
    <message>
        <source>Caring for a relative</source>
        <extracomment>介護・看護 (childcare.json childcare-benefit-certification care_need_reason=care)</extracomment>
        <translation>介護・看護</translation>
    </message>
    <message>
        <source>Application to use a childcare facility</source>
        <extracomment>保育施設等の利用申込 (childcare.json childcare-facility-application name)</extracomment>
        <translation>保育施設等の利用申込</translation>
    </message>
    <message>
        <source>Preferred facilities (1st to 3rd)</source>
        <extracomment>希望する施設（第1～第3希望） (childcare.json childcare-facility-application preferred_facilities)</extracomment>
        <translation>希望する施設（第1～第3希望）</translation>
    </message>
    <message>
        <source>Preferred start date</source>
        <extracomment>利用開始希望日 (childcare.json childcare-facility-application start_date)</extracomment>
        <translation>利用開始希望日</translation>
    </message>
    <message>
        <source>Childcare facility status report</source>
        <extracomment>保育施設等の現況届 (childcare.json childcare-facility-status-report name)</extracomment>
        <translation>保育施設等の現況届</translation>
    </message>
    <message>
        <source>Advance sending of the child-rearing allowance status report</source>
        <extracomment>児童扶養手当の現況届の事前送信 (childcare.json child-rearing-allowance-status-advance name)</extracomment>
        <translation>児童扶養手当の現況届の事前送信</translation>
    </message>
    <message>
        <source>Living situation</source>
        <extracomment>生活の状況 (childcare.json child-rearing-allowance-status-advance living_situation)</extracomment>
        <translation>生活の状況</translation>
    </message>
    <message>
        <source>Pregnancy notice</source>
        <extracomment>妊娠の届出 (childcare.json pregnancy-notice name)</extracomment>
        <translation>妊娠の届出</translation>
    </message>
    <message>
        <source>For a proxy: letter of proxy and the proxy&apos;s proof of identity</source>
        <extracomment>代理人の場合は委任状と代理人の本人確認書類 (childcare.json pregnancy-notice documents[2])</extracomment>
        <translation>代理人の場合は委任状と代理人の本人確認書類</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s name</source>
        <extracomment>妊婦氏名 (childcare.json pregnancy-notice mother_name)</extracomment>
        <translation>妊婦氏名</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s name (katakana)</source>
        <extracomment>妊婦氏名（フリガナ） (childcare.json pregnancy-notice mother_kana)</extracomment>
        <translation>妊婦氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s date of birth</source>
        <extracomment>妊婦生年月日 (childcare.json pregnancy-notice mother_birth_date)</extracomment>
        <translation>妊婦生年月日</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s address</source>
        <extracomment>妊婦住所 (childcare.json pregnancy-notice mother_address)</extracomment>
        <translation>妊婦住所</translation>
    </message>
    <message>
        <source>Expected delivery date</source>
        <extracomment>出産予定日 (childcare.json pregnancy-notice expected_delivery_date)</extracomment>
        <translation>出産予定日</translation>
    </message>
    <message>
        <source>Weeks of pregnancy (today)</source>
        <extracomment>妊娠週数（届出日現在） (childcare.json pregnancy-notice weeks_pregnant)</extracomment>
        <translation>妊娠週数（届出日現在）</translation>
    </message>
    <message>
        <source>Medical institution that confirmed the pregnancy</source>
        <extracomment>診断を受けた医療機関 (childcare.json pregnancy-notice diagnosis_institution)</extracomment>
        <translation>診断を受けた医療機関</translation>
    </message>
    <message>
        <source>Multiple pregnancy (twins, etc.)</source>
        <extracomment>多胎妊娠（双子など） (childcare.json pregnancy-notice multiple_pregnancy)</extracomment>
        <translation>多胎妊娠（双子など）</translation>
    </message>
    <message>
        <source>Number of babies</source>
        <extracomment>胎児の数 (childcare.json pregnancy-notice number_of_babies)</extracomment>
        <translation>胎児の数</translation>
    </message>
    <message>
        <source>Previous births</source>
        <extracomment>これまでの出産回数 (childcare.json pregnancy-notice previous_births)</extracomment>
        <translation>これまでの出産回数</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>妊婦の職業 (childcare.json pregnancy-notice occupation)</extracomment>
        <translation>妊婦の職業</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <extracomment>パートナーの氏名 (childcare.json pregnancy-notice partner_name)</extracomment>
        <translation>パートナーの氏名</translation>
    </message>
    <message>
        <source>Wishes to talk with a public health nurse</source>
        <extracomment>保健師との面談を希望する (childcare.json pregnancy-notice interview_consent)</extracomment>
        <translation>保健師との面談を希望する</translation>
    </message>
    <message>
        <source>The expectant mother files herself</source>
        <extracomment>届出人が妊婦本人である (childcare.json pregnancy-notice notifier_is_mother)</extracomment>
        <translation>届出人が妊婦本人である</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s My Number</source>
        <extracomment>妊婦の個人番号 (childcare.json pregnancy-notice my_number)</extracomment>
        <translation>妊婦の個人番号</translation>
    </message>
    <message>
        <source>Infant medical expense certificate application</source>
        <extracomment>乳幼児医療証 交付申請 (childcare.json infant-medical-certificate name)</extracomment>
        <translation>乳幼児医療証 交付申請</translation>
    </message>
    <message>
        <source>Child&apos;s health insurance card (later if enrolment is pending)</source>
        <extracomment>お子さまの健康保険証（加入手続き中の場合は後日） (childcare.json infant-medical-certificate documents[1])</extracomment>
        <translation>お子さまの健康保険証（加入手続き中の場合は後日）</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <extracomment>保護者氏名 (childcare.json infant-medical-certificate guardian_name)</extracomment>
        <translation>保護者氏名</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (katakana)</source>
        <extracomment>保護者氏名（フリガナ） (childcare.json infant-medical-certificate guardian_kana)</extracomment>
        <translation>保護者氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Guardian&apos;s date of birth</source>
        <extracomment>保護者生年月日 (childcare.json infant-medical-certificate guardian_birth_date)</extracomment>
        <translation>保護者生年月日</translation>
    </message>
    <message>
        <source>Guardian&apos;s address</source>
        <extracomment>保護者住所 (childcare.json infant-medical-certificate guardian_address)</extracomment>
        <translation>保護者住所</translation>
    </message>
    <message>
        <source>Child&apos;s health insurance</source>
        <extracomment>お子さまの健康保険 (childcare.json infant-medical-certificate health_insurance)</extracomment>
        <translation>お子さまの健康保険</translation>
    </message>
    <message>
        <source>Disaster victim certificate request</source>
        <extracomment>罹災証明書 交付申請 (disaster.json disaster-certificate name)</extracomment>
        <translation>罹災証明書 交付申請</translation>
    </message>
    <message>
        <source>Photos showing the damage</source>
        <extracomment>被害状況がわかる写真 (disaster.json disaster-certificate documents[1])</extracomment>
        <translation>被害状況がわかる写真</translation>
    </message>
    <message>
        <source>Disaster</source>
        <extracomment>災害名 (disaster.json disaster-certificate disaster_name)</extracomment>
        <translation>災害名</translation>
    </message>
    <message>
        <source>Date of the damage</source>
        <extracomment>被災した日 (disaster.json disaster-certificate disaster_date)</extracomment>
        <translation>被災した日</translation>
    </message>
    <message>
        <source>Address of the damaged home</source>
        <extracomment>被害を受けた住家の所在地 (disaster.json disaster-certificate damaged_property_address)</extracomment>
        <translation>被害を受けた住家の所在地</translation>
    </message>
    <message>
        <source>Ownership of the home</source>
        <extracomment>住家の所有関係 (disaster.json disaster-certificate ownership)</extracomment>
        <translation>住家の所有関係</translation>
    </message>
    <message>
        <source>Owned</source>
        <extracomment>持家 (disaster.json disaster-certificate ownership=owner)</extracomment>
        <translation>持家</translation>
    </message>
    <message>
        <source>Rented</source>
        <extracomment>借家 (disaster.json disaster-certificate ownership=tenant)</extracomment>
        <translation>借家</translation>
    </message>
    <message>
        <source>Type of building</source>
        <extracomment>住家の構造 (disaster.json disaster-certificate building_type)</extracomment>
        <translation>住家の構造</translation>
    </message>
    <message>
        <source>Wooden</source>
        <extracomment>木造 (disaster.json disaster-certificate building_type=wooden)</extracomment>
        <translation>木造</translation>
    </message>
    <message>
        <source>Steel</source>
        <extracomment>鉄骨造 (disaster.json disaster-certificate building_type=steel)</extracomment>
        <translation>鉄骨造</translation>
    </message>
    <message>
        <source>Reinforced concrete</source>
        <extracomment>鉄筋コンクリート造 (disaster.json disaster-certificate building_type=rc)</extracomment>
        <translation>鉄筋コンクリート造</translation>
    </message>
    <message>
        <source>Cause of damage</source>
        <extracomment>被害の原因 (disaster.json disaster-certificate damage_type)</extracomment>
        <translation>被害の原因</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <extracomment>地震 (disaster.json disaster-certificate damage_type=earthquake)</extracomment>
        <translation>地震</translation>
    </message>
    <message>
        <source>Flood</source>
        <extracomment>浸水 (disaster.json disaster-certificate damage_type=flood)</extracomment>
        <translation>浸水</translation>
    </message>
    <message>
        <source>Wind</source>
        <extracomment>風害 (disaster.json disaster-certificate damage_type=wind)</extracomment>
        <translation>風害</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>火災 (disaster.json disaster-certificate damage_type=fire)</extracomment>
        <translation>火災</translation>
    </message>
    <message>
        <source>Landslide</source>
        <extracomment>土砂災害 (disaster.json disaster-certificate damage_type=landslide)</extracomment>
        <translation>土砂災害</translation>
    </message>
    <message>
        <source>Description of the damage</source>
        <extracomment>被害の状況 (disaster.json disaster-certificate damage_description)</extracomment>
        <translation>被害の状況</translation>
    </message>
    <message>
        <source>Photos of the damage are provided</source>
        <extracomment>被害状況の写真を提出する (disaster.json disaster-certificate photos_provided)</extracomment>
        <translation>被害状況の写真を提出する</translation>
    </message>
    <message>
        <source>Household members</source>
        <extracomment>世帯員 (disaster.json disaster-certificate household_members)</extracomment>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>Requester&apos;s relationship to the victim</source>
        <extracomment>申請者と被災者の関係 (disaster.json disaster-certificate requester_relationship)</extracomment>
        <translation>申請者と被災者の関係</translation>
    </message>
    <message>
        <source>Self</source>
        <extracomment>本人 (disaster.json disaster-certificate requester_relationship=self)</extracomment>
        <translation>本人</translation>
    </message>
    <message>
        <source>Household member</source>
        <extracomment>同一世帯の方 (disaster.json disaster-certificate requester_relationship=household)</extracomment>
        <translation>同一世帯の方</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>代理人 (disaster.json disaster-certificate requester_relationship=proxy)</extracomment>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Move-in notice</source>
        <extracomment>転入届 (life-events.json move-in name)</extracomment>
        <translation>転入届</translation>
    </message>
    <message>
        <source>Move-out certificate (not needed with the My Number card special procedure)</source>
        <extracomment>転出証明書（マイナンバーカードによる特例の場合は不要） (life-events.json move-in documents[1])</extracomment>
        <translation>転出証明書（マイナンバーカードによる特例の場合は不要）</translation>
    </message>
    <message>
        <source>My Number cards of everyone moving in</source>
        <extracomment>転入する方全員のマイナンバーカード (life-events.json move-in documents[2])</extracomment>
        <translation>転入する方全員のマイナンバーカード</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <extracomment>届出人氏名 (life-events.json move-in notifier_name)</extracomment>
        <translation>届出人氏名</translation>
    </message>
    <message>
        <source>Notifier&apos;s name (katakana)</source>
        <extracomment>届出人氏名（フリガナ） (life-events.json move-in notifier_kana)</extracomment>
        <translation>届出人氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Notifier&apos;s date of birth</source>
        <extracomment>届出人生年月日 (life-events.json move-in notifier_birth_date)</extracomment>
        <translation>届出人生年月日</translation>
    </message>
    <message>
        <source>Notifier&apos;s address</source>
        <extracomment>届出人住所 (life-events.json move-in notifier_address)</extracomment>
        <translation>届出人住所</translation>
    </message>
    <message>
        <source>Date you moved in</source>
        <extracomment>転入した日（住み始めた日） (life-events.json move-in move_in_date)</extracomment>
        <translation>転入した日（住み始めた日）</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>前住所 (life-events.json move-in previous_address)</extracomment>
        <translation>前住所</translation>
    </message>
    <message>
        <source>New address</source>
        <extracomment>新しい住所 (life-events.json move-in new_address)</extracomment>
        <translation>新しい住所</translation>
    </message>
    <message>
        <source>Postal code of the new address</source>
        <extracomment>新しい住所の郵便番号 (life-events.json move-in new_postal_code)</extracomment>
        <translation>新しい住所の郵便番号</translation>
    </message>
    <message>
        <source>Head of household&apos;s name</source>
        <extracomment>世帯主氏名 (life-events.json move-in head_of_household)</extracomment>
        <translation>世帯主氏名</translation>
    </message>
    <message>
        <source>People concerned (name, date of birth, relationship)</source>
        <extracomment>異動する方（氏名・生年月日・続柄） (life-events.json move-in members)</extracomment>
        <translation>異動する方（氏名・生年月日・続柄）</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <extracomment>転出証明書の種類 (life-events.json move-in moving_out_certificate)</extracomment>
        <translation>転出証明書の種類</translation>
    </message>
    <message>
        <source>Paper move-out certificate</source>
        <extracomment>転出証明書（紙） (life-events.json move-in moving_out_certificate=paper)</extracomment>
        <translation>転出証明書（紙）</translation>
    </message>
    <message>
        <source>Move-in notice with the My Number card (special procedure)</source>
        <extracomment>マイナンバーカードによる転入届の特例 (life-events.json move-in moving_out_certificate=card)</extracomment>
        <translation>マイナンバーカードによる転入届の特例</translation>
    </message>
    <message>
        <source>Someone had a long-term care certification at the previous address</source>
        <extracomment>前住所地で要介護・要支援認定を受けていた方がいる (life-events.json move-in has_care_certification)</extracomment>
        <translation>前住所地で要介護・要支援認定を受けていた方がいる</translation>
    </message>
    <message>
        <source>Received child allowance at the previous address</source>
        <extracomment>前住所地で児童手当を受給していた (life-events.json move-in receives_child_allowance)</extracomment>
        <translation>前住所地で児童手当を受給していた</translation>
    </message>
    <message>
        <source>Move-out notice</source>
        <extracomment>転出届 (life-events.json move-out name)</extracomment>
        <translation>転出届</translation>
    </message>
    <message>
        <source>Seal registration card (if registered)</source>
        <extracomment>印鑑登録証（登録している方） (life-events.json move-out documents[1])</extracomment>
        <translation>印鑑登録証（登録している方）</translation>
    </message>
    <message>
        <source>National health insurance card (if insured)</source>
        <extracomment>国民健康保険証（加入している方） (life-events.json move-out documents[2])</extracomment>
        <translation>国民健康保険証（加入している方）</translation>
    </message>
    <message>
        <source>Date of moving out (planned)</source>
        <extracomment>転出する日（予定日） (life-events.json move-out move_out_date)</extracomment>
        <translation>転出する日（予定日）</translation>
    </message>
    <message>
        <source>Address you are moving to</source>
        <extracomment>転出先の住所 (life-events.json move-out new_address)</extracomment>
        <translation>転出先の住所</translation>
    </message>
    <message>
        <source>Change-of-address notice</source>
        <extracomment>転居届 (life-events.json move-within name)</extracomment>
        <translation>転居届</translation>
    </message>
    <message>
        <source>My Number cards of everyone moving</source>
        <extracomment>転居する方全員のマイナンバーカード (life-events.json move-within documents[1])</extracomment>
        <translation>転居する方全員のマイナンバーカード</translation>
    </message>
    <message>
        <source>Date you moved</source>
        <extracomment>転居した日 (life-events.json move-within move_date)</extracomment>
        <translation>転居した日</translation>
    </message>
    <message>
        <source>Birth registration</source>
        <extracomment>出生届 (life-events.json birth name)</extracomment>
        <translation>出生届</translation>
    </message>
    <message>
        <source>Certificate of birth (right half of the form)</source>
        <extracomment>出生証明書（出生届の右側） (life-events.json birth documents[0])</extracomment>
        <translation>出生証明書（出生届の右側）</translation>
    </message>
    <message>
        <source>Maternal and child health handbook</source>
        <extracomment>母子健康手帳 (life-events.json birth documents[1])</extracomment>
        <translation>母子健康手帳</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <extracomment>子の氏名 (life-events.json birth child_name)</extracomment>
        <translation>子の氏名</translation>
    </message>
    <message>
        <source>Child&apos;s name (katakana)</source>
        <extracomment>子の氏名（フリガナ） (life-events.json birth child_kana)</extracomment>
        <translation>子の氏名（フリガナ）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>生まれた日 (life-events.json birth child_birth_date)</extracomment>
        <translation>生まれた日</translation>
    </message>
    <message>
        <source>Child&apos;s sex</source>
        <extracomment>子の性別 (life-events.json birth child_sex)</extracomment>
        <translation>子の性別</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <extracomment>生まれたところ (life-events.json birth birthplace)</extracomment>
        <translation>生まれたところ</translation>
    </message>
    <message>
        <source>Relationship to the parents</source>
        <extracomment>父母との続柄 (life-events.json birth relationship_to_parents)</extracomment>
        <translation>父母との続柄</translation>
    </message>
    <message>
        <source>Child born in wedlock</source>
        <extracomment>嫡出子 (life-events.json birth relationship_to_parents=legitimate)</extracomment>
        <translation>嫡出子</translation>
    </message>
    <message>
        <source>Child born out of wedlock</source>
        <extracomment>嫡出でない子 (life-events.json birth relationship_to_parents=non_legitimate)</extracomment>
        <translation>嫡出でない子</translation>
    </message>
    <message>
        <source>Death registration</source>
        <extracomment>死亡届 (life-events.json death name)</extracomment>
        <translation>死亡届</translation>
    </message>
    <message>
        <source>Medical certificate of death</source>
        <extracomment>死亡診断書（死体検案書） (life-events.json death documents[0])</extracomment>
        <translation>死亡診断書（死体検案書）</translation>
    </message>
    <message>
        <source>Name of the deceased</source>
        <extracomment>亡くなった方の氏名 (life-events.json death deceased_name)</extracomment>
        <translation>亡くなった方の氏名</translation>
    </message>
    <message>
        <source>Date of death</source>
        <extracomment>亡くなった日 (life-events.json death date_of_death)</extracomment>
        <translation>亡くなった日</translation>
    </message>
    <message>
        <source>Place of death</source>
        <extracomment>亡くなったところ (life-events.json death place_of_death)</extracomment>
        <translation>亡くなったところ</translation>
    </message>
    <message>
        <source>Notifier&apos;s relationship to the deceased</source>
        <extracomment>届出人の資格 (life-events.json death notifier_relationship)</extracomment>
        <translation>届出人の資格</translation>
    </message>
    <message>
        <source>Relative living together</source>
        <extracomment>同居の親族 (life-events.json death notifier_relationship=relative)</extracomment>
        <translation>同居の親族</translation>
    </message>
    <message>
        <source>Other relative</source>
        <extracomment>その他の親族 (life-events.json death notifier_relationship=other_relative)</extracomment>
        <translation>その他の親族</translation>
    </message>
    <message>
        <source>Marriage registration</source>
        <extracomment>婚姻届 (life-events.json marriage name)</extracomment>
        <translation>婚姻届</translation>
    </message>
    <message>
        <source>Signatures of two witnesses</source>
        <extracomment>証人2名の署名 (life-events.json marriage documents[1])</extracomment>
        <translation>証人2名の署名</translation>
    </message>
    <message>
        <source>Family register copy (when filing outside the registered domicile; may be unnecessary through data linkage)</source>
        <extracomment>戸籍謄本（本籍地以外に届け出る場合。戸籍情報連携で不要になる場合があります） (life-events.json marriage documents[2])</extracomment>
        <translation>戸籍謄本（本籍地以外に届け出る場合。戸籍情報連携で不要になる場合があります）</translation>
    </message>
    <message>
        <source>Husband&apos;s name</source>
        <extracomment>夫になる人の氏名 (life-events.json marriage husband_name)</extracomment>
        <translation>夫になる人の氏名</translation>
    </message>
    <message>
        <source>Husband&apos;s date of birth</source>
        <extracomment>夫になる人の生年月日 (life-events.json marriage husband_birth_date)</extracomment>
        <translation>夫になる人の生年月日</translation>
    </message>
    <message>
        <source>Wife&apos;s name</source>
        <extracomment>妻になる人の氏名 (life-events.json marriage wife_name)</extracomment>
        <translation>妻になる人の氏名</translation>
    </message>
    <message>
        <source>Wife&apos;s date of birth</source>
        <extracomment>妻になる人の生年月日 (life-events.json marriage wife_birth_date)</extracomment>
        <translation>妻になる人の生年月日</translation>
    </message>
    <message>
        <source>Surname after marriage</source>
        <extracomment>婚姻後の夫婦の氏 (life-events.json marriage marriage_surname)</extracomment>
        <translation>婚姻後の夫婦の氏</translation>
    </message>
    <message>
        <source>Husband&apos;s surname</source>
        <extracomment>夫の氏 (life-events.json marriage marriage_surname=husband)</extracomment>
        <translation>夫の氏</translation>
    </message>
    <message>
        <source>Wife&apos;s surname</source>
        <extracomment>妻の氏 (life-events.json marriage marriage_surname=wife)</extracomment>
        <translation>妻の氏</translation>
    </message>
    <message>
        <source>Address after marriage</source>
        <extracomment>婚姻後の住所 (life-events.json marriage new_address)</extracomment>
        <translation>婚姻後の住所</translation>
    </message>
    <message>
        <source>Either spouse has a child under 18</source>
        <extracomment>届出人に18歳未満の子がいる (life-events.json marriage has_children)</extracomment>
        <translation>届出人に18歳未満の子がいる</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <extracomment>離婚届 (life-events.json divorce name)</extracomment>
        <translation>離婚届</translation>
    </message>
    <message>
        <source>Signatures of two witnesses (divorce by agreement)</source>
        <extracomment>証人2名の署名（協議離婚の場合） (life-events.json divorce documents[1])</extracomment>
        <translation>証人2名の署名（協議離婚の場合）</translation>
    </message>
    <message>
        <source>Type of divorce</source>
        <extracomment>離婚の種別 (life-events.json divorce divorce_type)</extracomment>
        <translation>離婚の種別</translation>
    </message>
    <message>
        <source>By agreement</source>
        <extracomment>協議離婚 (life-events.json divorce divorce_type=agreement)</extracomment>
        <translation>協議離婚</translation>
    </message>
    <message>
        <source>By mediation</source>
        <extracomment>調停離婚 (life-events.json divorce divorce_type=mediation)</extracomment>
        <translation>調停離婚</translation>
    </message>
    <message>
        <source>By judgment</source>
        <extracomment>裁判離婚 (life-events.json divorce divorce_type=judgment)</extracomment>
        <translation>裁判離婚</translation>
    </message>
    <message>
        <source>Parent with custody of minor children</source>
        <extracomment>未成年の子の親権者 (life-events.json divorce custody)</extracomment>
        <translation>未成年の子の親権者</translation>
    </message>
    <message>
        <source>Husband</source>
        <extracomment>夫 (life-events.json divorce custody=husband)</extracomment>
        <translation>夫</translation>
    </message>
    <message>
        <source>Wife</source>
        <extracomment>妻 (life-events.json divorce custody=wife)</extracomment>
        <translation>妻</translation>
    </message>
    <message>
        <source>Address after divorce</source>
        <extracomment>離婚後の住所 (life-events.json divorce new_address)</extracomment>
        <translation>離婚後の住所</translation>
    </message>
    <message>
        <source>The Citizens Division counter at the city hall (weekdays 8:30 to 17:00). Please bring this sheet.</source>
        <extracomment>市役所 市民課の窓口（平日 8時30分から17時まで）。この紙を持って来てください。 (guidance.json contact)</extracomment>
        <translation>市役所 市民課の窓口（平日 8時30分から17時まで）。この紙を持って来てください。</translation>
    </message>
    <message>
        <source>Notices about health insurance and taxes will arrive by post at your new address.</source>
        <extracomment>新しい住所に、健康保険や税のお知らせが郵便で届きます。 (guidance.json categories life_event)</extracomment>
        <translation>新しい住所に、健康保険や税のお知らせが郵便で届きます。</translation>
    </message>
    <message>
        <source>The certificates you received today complete the procedure. Nothing will arrive by post.</source>
        <extracomment>今日受け取った証明書で手続きは終わりです。郵便で届くものはありません。 (guidance.json categories certificate)</extracomment>
        <translation>今日受け取った証明書で手続きは終わりです。郵便で届くものはありません。</translation>
    </message>
    <message>
        <source>The result of the review will arrive by post in about one month.</source>
        <extracomment>審査の結果は、約1か月後に郵便で届きます。 (guidance.json categories childcare)</extracomment>
        <translation>審査の結果は、約1か月後に郵便で届きます。</translation>
    </message>
    <message>
        <source>The result will arrive by post. It usually takes about 30 days.</source>
        <extracomment>結果は郵便で届きます。ふつう30日ほどかかります。 (guidance.json categories care)</extracomment>
        <translation>結果は郵便で届きます。ふつう30日ほどかかります。</translation>
    </message>
    <message>
        <source>The city will contact you about the survey of the damage.</source>
        <extracomment>被害の調査について、市から連絡があります。 (guidance.json categories disaster)</extracomment>
        <translation>被害の調査について、市から連絡があります。</translation>
    </message>
    <message>
        <source>The address on your My Number card was updated in today&apos;s procedure.</source>
        <extracomment>マイナンバーカードの住所は、今日の手続きで書き換えました。 (guidance.json procedures move-in)</extracomment>
        <translation>マイナンバーカードの住所は、今日の手続きで書き換えました。</translation>
    </message>
    <message>
        <source>Please file a move-in notice at your new municipality within 14 days of moving.</source>
        <extracomment>新しい市区町村で、引っ越した日から14日以内に転入届を出してください。 (guidance.json procedures move-out)</extracomment>
        <translation>新しい市区町村で、引っ越した日から14日以内に転入届を出してください。</translation>
    </message>
    <message>
        <source>Please claim the child allowance within 15 days of the day after the birth.</source>
        <extracomment>児童手当は、生まれた日の翌日から15日以内に請求してください。 (guidance.json procedures birth)</extracomment>
        <translation>児童手当は、生まれた日の翌日から15日以内に請求してください。</translation>
    </message>
    <message>
        <source>The child allowance is paid into your account from the month after it is approved.</source>
        <extracomment>児童手当は、認定された月の翌月分から口座に振り込まれます。 (guidance.json procedures child-allowance-claim)</extracomment>
        <translation>児童手当は、認定された月の翌月分から口座に振り込まれます。</translation>
    </message>
    <message>
        <source>Child</source>
        <extracomment>子 (kiosk/members.json relationship=子)</extracomment>
        <translation>子</translation>
    </message>
    <message>
        <source>Father</source>
        <extracomment>父 (kiosk/members.json relationship=父)</extracomment>
        <translation>父</translation>
    </message>
    <message>
        <source>Mother</source>
        <extracomment>母 (kiosk/members.json relationship=母)</extracomment>
        <translation>母</translation>
    </message>
</context>
<context>
    <name>ResidentGuidance</name>
    <message>
        <source>Your visit today</source>
        <translation>本日の手続きのご案内</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付：%1</translation>
    </message>
    <message>
        <source>Reception number: %1</source>
        <translation>受付番号：%1</translation>
    </message>
    <message>
        <source>What was done today</source>
        <translation>本日行った手続き</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>これからのこと</translation>
    </message>
    <message>
        <source>Next procedure: %1</source>
        <translation>次の手続き：%1</translation>
    </message>
    <message>
        <source>No procedure was completed today.</source>
        <translation>本日完了した手続きはありません。</translation>
    </message>
    <message>
        <source>Whom to contact</source>
        <translation>お問い合わせ先</translation>
    </message>
    <message>
        <source>If anything is unclear, show this sheet at any counter of the city hall.</source>
        <translation>わからないことがあれば、この紙を市役所の窓口でお見せください。</translation>
    </message>
</context>
<context>
    <name>ResidentKiosk</name>
    <message>
        <source>Place your My Number card on the reader and enter your PIN (4 digits).</source>
        <translation>マイナンバーカードを読み取り機に置いて、暗証番号（4桁）を入力してください。</translation>
    </message>
    <message>
        <source>Are you still there? Everything you entered will be cleared in %1 seconds.</source>
        <translation>まだご利用中ですか？%1秒後に、入力した内容はすべて消去されます。</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Use my card</source>
        <translation>カードを使う</translation>
    </message>
    <message>
        <source>Continue without the card</source>
        <translation>カードを使わずに進む</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Please choose your language.</source>
        <translation>言語を選んでください。</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>本日はどのようなご用件ですか？</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>1つ以上選んでください。</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>いくつかの質問</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>「はい」か「いいえ」で答えてください。</translation>
    </message>
    <message>
        <source>Enter in advance</source>
        <translation>事前入力</translation>
    </message>
    <message>
        <source>Enter what you can. The clerk checks it with you.</source>
        <translation>分かる範囲で入力してください。職員が一緒に確認します。</translation>
    </message>
    <message>
        <source>What to bring and the fees</source>
        <translation>持ち物と手数料</translation>
    </message>
    <message>
        <source>Please have these ready at the counter.</source>
        <translation>窓口で出せるように用意してください。</translation>
    </message>
    <message>
        <source>Your My Number card (optional)</source>
        <translation>マイナンバーカード（任意）</translation>
    </message>
    <message>
        <source>With your card, the counter finds you faster.</source>
        <translation>カードがあると、窓口の手続きが早くなります。</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>少々お待ちください。</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>番号が呼ばれるまでお待ちください。</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>まだご利用中ですか？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>People moving with you</source>
        <translation>一緒に引っ越す方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Date of birth (e.g. 2019/05/01)</source>
        <translation>生年月日（例：2019/05/01）</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>この方を追加</translation>
    </message>
    <message>
        <source>Please check this entry.</source>
        <translation>入力内容を確かめてください。</translation>
    </message>
    <message>
        <source>Do you also want to do this today?</source>
        <translation>今日この手続きもしますか？</translation>
    </message>
    <message>
        <source>Fee: %1 yen per copy</source>
        <translation>手数料：1通%1円</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>手数料はかかりません</translation>
    </message>
    <message>
        <source>You can use your My Number card now, or go on without it.</source>
        <translation>マイナンバーカードを使うことができます。使わずに進むこともできます。</translation>
    </message>
    <message>
        <source>The PIN did not match. Please continue without the card; the counter will help you.</source>
        <translation>暗証番号が違います。カードを使わずに進んでください。窓口でお手伝いします。</translation>
    </message>
    <message>
        <source>The card could not be read. Please continue without the card.</source>
        <translation>カードを読み取れませんでした。カードを使わずに進んでください。</translation>
    </message>
    <message>
        <source>A number could not be issued. Please ask at the information desk.</source>
        <translation>番号を発行できませんでした。案内係にお尋ねください。</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>窓口：%1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min. People waiting before you: %2.</source>
        <translation>待ち時間の目安：約%1分。前に%2人待っています。</translation>
    </message>
    <message>
        <source>Please note your number.</source>
        <translation>番号を控えてください。</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>受付票をお取りください。</translation>
    </message>
    <message>
        <source>Scan the code to see the waiting status on your phone.</source>
        <translation>コードを読み取ると、スマートフォンで待ち状況を確認できます。</translation>
    </message>
    <message>
        <source>QR code of the waiting status</source>
        <translation>待ち状況のQRコード</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>スタッフ用暗証番号</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>暗証番号が違います</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please note the number on this screen. The counter will call you by this number.</source>
        <translation>受付票を印刷できませんでした。この画面の番号を控えてください。この番号で窓口からお呼びします。</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translation>受付票を印刷しています。</translation>
    </message>
</context>
<context>
    <name>ResidentSignage</name>
    <message>
        <source>Lobby display</source>
        <translation>呼び出し表示</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>呼び出し中の番号</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>これまでに呼び出した番号</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>ただいまの待ち人数</translation>
    </message>
    <message>
        <source>No number is being called right now.</source>
        <translation>ただいま呼び出し中の番号はありません。</translation>
    </message>
    <message>
        <source>This display may not be up to date. Please ask at a counter.</source>
        <translation>この表示は最新でない可能性があります。窓口でおたずねください。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <translation>受付番号 %1 番の方、窓口 %2 へお越しください。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>窓口 %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>待ち %1人</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>約%1分</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>待ち時間なし</translation>
    </message>
</context>
<context>
    <name>ResidentWindow</name>
    <message>
        <source>Counter — for you</source>
        <translation>窓口 — お客さま用画面</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1字消す</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>暗証番号の入力</translation>
    </message>
    <message>
        <source>I understand — enter my PIN</source>
        <translation>了解しました — 暗証番号を入力する</translation>
    </message>
    <message>
        <source>Everything is correct</source>
        <translation>内容に間違いありません</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Please enter your card&apos;s 4-digit PIN. Only you see this screen.</source>
        <translation>カードの暗証番号（4桁の数字）を入力してください。この画面はご本人にしか見えません。</translation>
    </message>
    <message numerus="yes">
        <source>Tries left: %n</source>
        <translation>
            <numerusform>残り %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>If this PIN is wrong, your card will be locked and must be unlocked at the My Number card counter. If you are not sure of your PIN, tell the clerk: you can be served without it.</source>
        <translation>暗証番号を間違えるとカードがロックされ、マイナンバーカードの窓口で解除が必要になります。暗証番号に自信がない場合は職員にお伝えください。暗証番号なしでも手続きできます。</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
    <message>
        <source>Please leave the card on the reader until this is done.</source>
        <translation>終わるまでカードをリーダーに置いたままにしてください。</translation>
    </message>
    <message>
        <source>Your card&apos;s PIN is locked</source>
        <translation>カードの暗証番号がロックされています</translation>
    </message>
    <message>
        <source>Do not worry: the clerk can still serve you today in another way.</source>
        <translation>ご安心ください。本日は別の方法で手続きできます。</translation>
    </message>
    <message>
        <source>Confirming who you are</source>
        <translation>ご本人の確認</translation>
    </message>
    <message>
        <source>If you have your My Number card, please place it on the reader on the counter.</source>
        <translation>マイナンバーカードをお持ちの方は、窓口のカードリーダーに置いてください。</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>ありがとうございます</translation>
    </message>
    <message>
        <source>Your documents are being prepared.</source>
        <translation>書類を準備しています。</translation>
    </message>
    <message>
        <source>All done. Thank you!</source>
        <translation>手続きが完了しました。ありがとうございました。</translation>
    </message>
    <message numerus="yes">
        <source>The clerk will hand you your documents. %n document(s) issued.</source>
        <translation>
            <numerusform>職員が書類をお渡しします。交付した書類：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from your card</source>
        <translation>カードから読み取った内容</translation>
    </message>
    <message>
        <source>Found in the city&apos;s records</source>
        <translation>市の記録の内容</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>The clerk is preparing your forms. You will not need to write.</source>
        <translation>職員が申請書を準備しています。ご記入いただく必要はありません。</translation>
    </message>
    <message>
        <source>(read from your card; not shown)</source>
        <translation>（カードから読み取り済み。表示しません）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>手数料：%1 円</translation>
    </message>
    <message>
        <source>Total to pay: %1 yen</source>
        <translation>お支払い合計：%1 円</translation>
    </message>
    <message>
        <source>Please check your forms. Is everything correct?</source>
        <translation>申請書の内容をご確認ください。間違いはありませんか。</translation>
    </message>
    <message>
        <source>Thank you. The clerk will now issue your documents.</source>
        <translation>ありがとうございます。これから職員が書類を交付します。</translation>
    </message>
    <message>
        <source>If something is wrong, please tell the clerk.</source>
        <translation>間違いがあれば職員にお伝えください。</translation>
    </message>
    <message>
        <source>Reading aloud is not available in this language on this terminal.</source>
        <translation>この端末では、この言語の読み上げができません。</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み方</translation>
    </message>
    <message>
        <source>In your language</source>
        <translation>あなたの言語で</translation>
    </message>
    <message>
        <source>Words used at the counter</source>
        <translation>窓口で使う言葉</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>言語：%1</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>言葉</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高コントラスト</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大きな文字</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Choose your language. The clerk will call you and guide you step by step.</source>
        <translation>言語を選べます。職員がお呼びして、順番にご案内します。</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Calling an interpreter. Please wait a moment.</source>
        <translation>通訳者を呼んでいます。少々お待ちください。</translation>
    </message>
    <message>
        <source>Preparing the printed form…</source>
        <translation>印刷される書類を用意しています…</translation>
    </message>
    <message>
        <source>The form as it will be printed</source>
        <translation>印刷される書類</translation>
    </message>
    <message>
        <source>Printed form %1</source>
        <translation>印刷される書類 %1</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>少々お待ちください</translation>
    </message>
    <message>
        <source>The clerk will be with you again shortly.</source>
        <translation>まもなく職員が戻ります。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>The chain heads could not be anchored.</source>
        <translation>監査記録の最新位置を記録できませんでした。</translation>
    </message>
    <message>
        <source>The terminal could not be re-enrolled; nothing was changed. Ask IT staff to check the log.</source>
        <translation>端末を再登録できませんでした。何も変更していません。情報システム担当にログの確認を依頼してください。</translation>
    </message>
    <message>
        <source>The central database holds no signing key for terminal %1: its first sync registers it, nothing to re-enrol.</source>
        <translation>中央データベースに端末 %1 の署名鍵がありません。最初の同期で登録されるため、再登録は不要です。</translation>
    </message>
    <message>
        <source>The central database already holds this installation&apos;s signing key for terminal %1; nothing to re-enrol.</source>
        <translation>中央データベースには端末 %1 のこのインストールの署名鍵がすでに登録されています。再登録は不要です。</translation>
    </message>
    <message>
        <source>The central database holds the new key, but this terminal&apos;s audit trail could not be renumbered. Run the command again.</source>
        <translation>中央データベースには新しい鍵を登録しましたが、この端末の監査証跡の番号を付け直せませんでした。もう一度コマンドを実行してください。</translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>The central database could not be set up. Nothing was half-done: run the command again once the cause is fixed.</source>
        <translation>中央データベースを設定できませんでした。途中までの変更は残っていません。原因を取り除いてから、もう一度コマンドを実行してください。</translation>
    </message>
    <message>
        <source>Give the office code (--office).</source>
        <translation>庁舎コードを指定してください（--office）。</translation>
    </message>
    <message>
        <source>central init needs a PostgreSQL server (a postgresql:// URL).</source>
        <translation>central init には PostgreSQL サーバー（postgresql:// の URL）が必要です。</translation>
    </message>
    <message>
        <source>Give the terminal&apos;s id (--terminal).</source>
        <translation>端末 ID を指定してください（--terminal）。</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s login (--supervisor).</source>
        <translation>責任者のログイン名を指定してください（--login）。</translation>
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
        <source>Create or update the databases: db init|migrate [--central URL].</source>
        <translation>データベースを作成・更新します: db init|migrate [--central URL]</translation>
    </message>
    <message>
        <source>Add a staff account: staff add --login L --name N --role R.</source>
        <translation>職員アカウントを追加します: staff add --login L --name N --role R</translation>
    </message>
    <message>
        <source>Send waiting visits to the central database [--once].</source>
        <translation>未送信の来庁記録を中央データベースへ送信します [--once]</translation>
    </message>
    <message>
        <source>Check a certificate&apos;s verification code.</source>
        <translation>証明書の検証コードを確認します。</translation>
    </message>
    <message>
        <source>Statistics as CSV: export --from DATE --to DATE.</source>
        <translation>統計をCSVで出力します: export --from 日付 --to 日付</translation>
    </message>
    <message>
        <source>Import the registry: registry import FILE.csv.</source>
        <translation>住民基本台帳を取り込みます: registry import ファイル.csv</translation>
    </message>
    <message>
        <source>Record simulated visits: simulate --visits N.</source>
        <translation>模擬の来庁記録を作成します: simulate --visits 件数</translation>
    </message>
    <message>
        <source>%1: schema version %2 → %3 (%4)</source>
        <translation>%1: スキーマバージョン %2 → %3（%4）</translation>
    </message>
    <message>
        <source>init or migrate</source>
        <translation>init または migrate</translation>
    </message>
    <message>
        <source>Only the central store at this postgresql:// URL.</source>
        <translation>この postgresql:// URL の中央データベースだけを対象にします。</translation>
    </message>
    <message>
        <source>Stop at this schema version (for testing upgrades).</source>
        <translation>このスキーマバージョンで止めます（更新の試験用）。</translation>
    </message>
    <message>
        <source>Create or update the terminal&apos;s and the central schema.</source>
        <translation>端末と中央のデータベースのスキーマを作成・更新します。</translation>
    </message>
    <message>
        <source>Say init or migrate.</source>
        <translation>init または migrate を指定してください。</translation>
    </message>
    <message>
        <source>--to needs a schema version number.</source>
        <translation>--to にはスキーマバージョンの番号を指定してください。</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add（追加）</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>ログイン名。</translation>
    </message>
    <message>
        <source>Name as shown on screens.</source>
        <translation>画面に表示する氏名。</translation>
    </message>
    <message>
        <source>clerk, supervisor, admin or kiosk.</source>
        <translation>clerk（窓口職員）、supervisor（責任者）、admin（管理者）、kiosk（キオスク）のいずれか。</translation>
    </message>
    <message>
        <source>Central store URL (default: from the settings).</source>
        <translation>中央データベースのURL（省略時は設定の値）。</translation>
    </message>
    <message>
        <source>Say add.</source>
        <translation>add を指定してください。</translation>
    </message>
    <message>
        <source>Give --login and --name.</source>
        <translation>--login と --name を指定してください。</translation>
    </message>
    <message>
        <source>--role must be clerk, supervisor, admin or kiosk.</source>
        <translation>--role には clerk、supervisor、admin、kiosk のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>標準入力からパスワードを読み取れません。</translation>
    </message>
    <message>
        <source>Staff account %1 (%2) added.</source>
        <translation>職員アカウント %1（%2）を追加しました。</translation>
    </message>
    <message>
        <source>One round, then exit: 0 when everything was sent.</source>
        <translation>1回だけ送信して終了します（すべて送信できれば終了コード0）。</translation>
    </message>
    <message>
        <source>Seconds between rounds while online (default 10).</source>
        <translation>接続中の送信間隔（秒、既定 10）。</translation>
    </message>
    <message>
        <source>Send waiting visits to the central database.</source>
        <translation>未送信の来庁記録を中央データベースへ送信します。</translation>
    </message>
    <message>
        <source>--batch must be between 1 and 5000.</source>
        <translation>--batch には1から5000までの数を指定してください。</translation>
    </message>
    <message>
        <source>--interval must be a positive number of seconds.</source>
        <translation>--interval には正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Sent %1 visit(s), %2 void(s), %3 audit event(s); %4 waiting.</source>
        <translation>来庁記録 %1 件、取消 %2 件、監査ログ %3 件を送信しました。未送信は %4 件です。</translation>
    </message>
    <message>
        <source>Verify the copy in the central store at this URL (default: this terminal&apos;s own trail).</source>
        <translation>このURLの中央データベースにある写しを検証します（省略時はこの端末の監査ログ）。</translation>
    </message>
    <message>
        <source>With --central: the terminal whose trail to verify.</source>
        <translation>--central と併用: 検証する端末。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. Report this to the supervisor.</source>
        <translation>監査ログの %1 番目の記録で不整合が見つかりました（%2）。責任者に報告してください。</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 event(s) checked.</source>
        <translation>監査ログに異常はありません（%1 件を確認）。</translation>
    </message>
    <message>
        <source>The verification code printed on the certificate.</source>
        <translation>証明書に印字された検証コード。</translation>
    </message>
    <message>
        <source>Give one verification code.</source>
        <translation>検証コードを1つ指定してください。</translation>
    </message>
    <message>
        <source>A verification code has 16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS.</source>
        <translation>検証コードは英数字16文字です（例: ABCD-EFGH-JKMN-PQRS）。</translation>
    </message>
    <message>
        <source>The central database could not be searched.</source>
        <translation>中央データベースを検索できませんでした。</translation>
    </message>
    <message>
        <source>No certificate with the code %1 is known. It may not be synced yet, or it is not genuine.</source>
        <translation>検証コード %1 の証明書は見つかりません。まだ送信されていないか、正規の証明書ではありません。</translation>
    </message>
    <message>
        <source>The record for %1 does not match its code. It is not genuine.</source>
        <translation>%1 の記録が検証コードと一致しません。正規の証明書ではありません。</translation>
    </message>
    <message>
        <source>Certificate %1 (%2) was voided on %3: %4.</source>
        <translation>証明書 %1（%2）は %3 に取り消されています。理由: %4</translation>
    </message>
    <message>
        <source>Genuine and valid: certificate %1 (%2), issued %3.</source>
        <translation>正規の有効な証明書です: %1（%2）、交付日時 %3</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>開始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>終了日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>標準出力ではなくこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>Give --from and --to as dates, e.g. 2026-04-01.</source>
        <translation>--from と --to を日付で指定してください（例: 2026-04-01）。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from は --to より後の日付にできません。</translation>
    </message>
    <message>
        <source>The statistics could not be read.</source>
        <translation>統計を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>%1 行を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>How many visits.</source>
        <translation>来庁記録の件数。</translation>
    </message>
    <message>
        <source>Random seed, for repeatable runs.</source>
        <translation>乱数の種（同じ結果を再現するため）。</translation>
    </message>
    <message>
        <source>Record the visits on this day (YYYY-MM-DD) instead of today.</source>
        <translation>今日ではなくこの日（YYYY-MM-DD）の来庁として記録します。</translation>
    </message>
    <message>
        <source>Record realistic simulated visits on this terminal.</source>
        <translation>この端末に現実的な模擬の来庁記録を作成します。</translation>
    </message>
    <message>
        <source>--visits must be between 1 and 1000000.</source>
        <translation>--visits には1から1000000までの数を指定してください。</translation>
    </message>
    <message>
        <source>--date must be a date, e.g. 2026-04-01.</source>
        <translation>--date には日付を指定してください（例: 2026-04-01）。</translation>
    </message>
    <message>
        <source>The simulation data is missing from this build.</source>
        <translation>このビルドには模擬データが含まれていません。</translation>
    </message>
    <message>
        <source>Recorded %1 simulated visit(s) on terminal %2.</source>
        <translation>端末 %2 に模擬の来庁記録を %1 件作成しました。</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import（取込）</translation>
    </message>
    <message>
        <source>Say import FILE.csv.</source>
        <translation>import ファイル.csv を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列: %3</translation>
    </message>
    <message>
        <source>The import was stored but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>取込は完了しましたが、監査ログに記録できませんでした。責任者に連絡してください。</translation>
    </message>
    <message>
        <source>Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).</source>
        <translation>世帯 %1 件、住民 %2 件、印鑑登録 %3 件、税情報 %4 件を取り込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file; nothing was imported.</source>
        <translation>
            <numerusform>ファイルに %n 件の誤りがあるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the My Number card: readers, status, read, diag.</source>
        <translation>マイナンバーカードを読み取ります（readers、status、read、diag）。</translation>
    </message>
    <message>
        <source>PIN (4 digits): </source>
        <translation>暗証番号（4桁）：</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <source>no limit reported</source>
        <translation>上限なし（カードの応答）</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>カードリーダーが接続されていません。</translation>
    </message>
    <message>
        <source>in use by another program</source>
        <translation>別のプログラムが使用中</translation>
    </message>
    <message>
        <source>card does not answer</source>
        <translation>カードが応答しません</translation>
    </message>
    <message>
        <source>--with-my-number cannot be combined with --code-b: verification code B does not open the My Number.</source>
        <translation>--with-my-number と --code-b は同時に指定できません。照合番号Bでは個人番号を読み取れません。</translation>
    </message>
    <message>
        <source>No PIN was given on standard input.</source>
        <translation>標準入力から暗証番号が渡されませんでした。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>氏名：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住所：%1</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>生年月日：%1</translation>
    </message>
    <message>
        <source>Sex: %1 (%2)</source>
        <translation>性別：%1（%2）</translation>
    </message>
    <message>
        <source>My Number: %1</source>
        <translation>個人番号：%1</translation>
    </message>
    <message>
        <source>Madoguchi card reader report</source>
        <translation>窓口 カードリーダー診断レポート</translation>
    </message>
    <message>
        <source>Settings: card/reader = &quot;%1&quot;, card/simulated = %2, card/persona = %3</source>
        <translation>設定：card/reader = &quot;%1&quot;、card/simulated = %2、card/persona = %3</translation>
    </message>
    <message>
        <source>Card source for the next read: %1 (%2)</source>
        <translation>次回の読み取り先：%1（%2）</translation>
    </message>
    <message>
        <source>simulated card</source>
        <translation>模擬カード</translation>
    </message>
    <message>
        <source>PC/SC reader</source>
        <translation>PC/SCカードリーダー</translation>
    </message>
    <message>
        <source>PC/SC service (pcscd): not reachable — %1</source>
        <translation>PC/SCサービス（pcscd）：接続できません — %1</translation>
    </message>
    <message>
        <source>PC/SC service (pcscd): reachable</source>
        <translation>PC/SCサービス（pcscd）：接続できます</translation>
    </message>
    <message numerus="yes">
        <source>Readers: %n</source>
        <translation>
            <numerusform>カードリーダー：%n台</numerusform>
        </translation>
    </message>
    <message>
        <source>JPKI token: %1</source>
        <translation>JPKIトークン：%1</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>（読み取れません）</translation>
    </message>
    <message>
        <source>Verdict: My Number card</source>
        <translation>判定：マイナンバーカードです</translation>
    </message>
    <message>
        <source>Verdict: not a My Number card</source>
        <translation>判定：マイナンバーカードではありません</translation>
    </message>
    <message>
        <source>Read the My Number card.</source>
        <translation>マイナンバーカードを読み取ります。</translation>
    </message>
    <message>
        <source>read: also read the My Number (only for procedures that need it)</source>
        <translation>read：個人番号も読み取る（必要な手続きに限る）</translation>
    </message>
    <message>
        <source>read: allow the VERIFY when only one try is left</source>
        <translation>read：残り回数が1回でも照合を行う</translation>
    </message>
    <message>
        <source>the PC/SC reader to use (default: card/reader)</source>
        <translation>使用するPC/SCカードリーダー（既定：card/reader の設定）</translation>
    </message>
    <message>
        <source>Unknown subcommand: %1</source>
        <translation>不明なサブコマンドです：%1</translation>
    </message>
    <message>
        <source>0 (locked)</source>
        <translation>0（ロック中）</translation>
    </message>
    <message>
        <source>PIN tries left: %1</source>
        <translation>暗証番号の残り回数：%1</translation>
    </message>
    <message>
        <source>Verification code A tries left: %1</source>
        <translation>照合番号Aの残り回数：%1</translation>
    </message>
    <message>
        <source>Verification code B tries left: %1</source>
        <translation>照合番号Bの残り回数：%1</translation>
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
    <message>
        <source>The procedures catalogue in this build is invalid.</source>
        <translation>このビルドの手続カタログに誤りがあります。</translation>
    </message>
    <message>
        <source>Visits per central transaction (default 1000).</source>
        <translation>1回のトランザクションで送る来庁記録の件数（既定 1000）。</translation>
    </message>
    <message>
        <source>The simulation names %1, which is not in the procedures catalogue.</source>
        <translation>模擬データに手続カタログにない手続 %1 が指定されています。</translation>
    </message>
    <message>
        <source>Sign in as this staff login; the password is the first line of standard input.</source>
        <translation>このログインの職員としてサインインします。パスワードは標準入力の1行目です。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力にパスワードがありません。</translation>
    </message>
    <message>
        <source>This command needs a staff sign-in: add --as LOGIN and give the password on the first line of standard input.</source>
        <translation>このコマンドには職員のサインインが必要です。--as ログイン名 を付け、パスワードを標準入力の1行目に入力してください。</translation>
    </message>
    <message>
        <source>Add a staff account, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and the new account&apos;s password on the second. Only the first admin of an empty staff table is added without --as; then the new password is the only line.</source>
        <translation>職員アカウントを追加します。--as で管理者としてサインインし、標準入力の1行目に管理者のパスワード、2行目に新しいアカウントのパスワードを入力します。--as なしで追加できるのは、職員が一人も登録されていないときの最初の管理者だけです（そのときは新しいパスワードの1行だけ）。</translation>
    </message>
    <message>
        <source>Password for the new account %1: </source>
        <translation>新しいアカウント %1 のパスワード: </translation>
    </message>
    <message>
        <source>The account was added but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>アカウントは追加されましたが、監査記録に書き込めませんでした。係長に連絡してください。</translation>
    </message>
    <message>
        <source>This is the first admin of the installation; from now on every staff account is added with --as %1.</source>
        <translation>これはこのシステムで最初の管理者です。今後の職員アカウントはすべて --as %1 を付けて追加します。</translation>
    </message>
    <message>
        <source>Export statistics as CSV (no personal data). Needs a supervisor or admin sign-in: --as LOGIN, the password on standard input.</source>
        <translation>統計をCSVで出力します（個人情報は含みません）。係長または管理者のサインインが必要です（--as ログイン名、パスワードは標準入力）。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so it is not written.</source>
        <translation>出力を監査記録に書き込めなかったため、出力しません。</translation>
    </message>
    <message>
        <source>Import the registry extract (docs/registry-csv.md) into the central database: every row, or none when any row is refused. Needs an admin sign-in: --as LOGIN, the password on standard input.</source>
        <translation>住民基本台帳の抽出ファイル（docs/registry-csv.md）を中央データベースに取り込みます。すべての行を取り込むか、1行でも不備があれば何も取り込みません。管理者のサインインが必要です（--as ログイン名、パスワードは標準入力）。</translation>
    </message>
    <message>
        <source>--reveal only goes with --with-my-number.</source>
        <translation>--reveal は --with-my-number と一緒にだけ使えます。</translation>
    </message>
    <message>
        <source>The card was read, but the audit trail could not be written, so nothing is shown.</source>
        <translation>カードは読み取りましたが、監査記録に書き込めなかったため、何も表示しません。</translation>
    </message>
    <message>
        <source>read: print the My Number unmasked (supervisors only; audited)</source>
        <translation>read: 個人番号を伏せずに表示する（係長のみ・監査記録あり）</translation>
    </message>
    <message>
        <source>card verify does not read the My Number.</source>
        <translation>card verify は個人番号を読み取りません。</translation>
    </message>
    <message>
        <source>Face photo: verified, %1 × %2 pixels (not shown here)</source>
        <translation>顔写真：署名を確認済み、%1 × %2 ピクセル（ここには表示しません）</translation>
    </message>
    <message>
        <source>Trust: the TEST hierarchy of the virtual card</source>
        <translation>信頼の基点：仮想カードのテスト用の鍵階層</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>結果：%1（%2）</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次に行うこと：%1</translation>
    </message>
    <message>
        <source>Subcommands: readers, status, read, verify, diag</source>
        <translation>サブコマンド：readers、status、read、verify、diag</translation>
    </message>
    <message>
        <source>readers | status | read | verify | diag</source>
        <translation>readers | status | read | verify | diag</translation>
    </message>
    <message>
        <source>read, verify: print one JSON object</source>
        <translation>read、verify：結果をJSONオブジェクト1つで出力する</translation>
    </message>
    <message>
        <source>Give one subcommand: readers, status, read, verify or diag.</source>
        <translation>サブコマンドを1つ指定してください：readers、status、read、verify、diag</translation>
    </message>
    <message>
        <source>A resident&apos;s guidance sheet as PDF: guidance --language L --done ID.</source>
        <translation>住民向け案内票をPDFで作成します: guidance --language L --done ID</translation>
    </message>
    <message>
        <source>Resident language code (ja, vi, ne…).</source>
        <translation>住民の言語コード（ja、vi、ne など）。</translation>
    </message>
    <message>
        <source>A procedure done today (repeatable).</source>
        <translation>本日行った手続き（複数指定可）。</translation>
    </message>
    <message>
        <source>A procedure proposed for later (repeatable).</source>
        <translation>今後の手続き（複数指定可）。</translation>
    </message>
    <message>
        <source>Reception number.</source>
        <translation>受付番号。</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>PDFの出力先。</translation>
    </message>
    <message>
        <source>Write a resident&apos;s guidance sheet as PDF.</source>
        <translation>住民向け案内票をPDFで作成します。</translation>
    </message>
    <message>
        <source>Unknown resident language: %1</source>
        <translation>住民向けの言語として登録されていません: %1</translation>
    </message>
    <message>
        <source>Give --out FILE.</source>
        <translation>--out で出力ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Unknown procedure: %1</source>
        <translation>手続きカタログにない手続きです: %1</translation>
    </message>
    <message>
        <source>The audit trail: audit verify | anchor.</source>
        <translation>監査記録: audit verify | anchor</translation>
    </message>
    <message>
        <source>verify | anchor</source>
        <translation>verify | anchor</translation>
    </message>
    <message>
        <source>verify: check that no audit event was altered or removed. anchor: record every terminal&apos;s newest event at the centre (a supervisor, --as LOGIN) and print the heads for the day&apos;s report.</source>
        <translation>verify: 監査記録が改ざん・削除されていないことを確認します。anchor: 中央にある各端末の最新の記録を控えとして保存し（係長、--as ログイン名）、その日の報告書用に表示します。</translation>
    </message>
    <message>
        <source>Say verify or anchor.</source>
        <translation>verify または anchor を指定してください。</translation>
    </message>
    <message>
        <source>Set up the central database: central init|add-terminal|add-supervisor.</source>
        <translation>中央データベースを設定します: central init|add-terminal|add-supervisor。</translation>
    </message>
    <message>
        <source>--to takes certificate, form or ticket, not &quot;%1&quot;.</source>
        <translation>--to には certificate、form、ticket のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>No printer is set for the %1 (printer/%2_queue). The PDF is kept: %3</source>
        <translation>%1のプリンターが設定されていません（printer/%2_queue）。PDF は保存されています: %3</translation>
    </message>
    <message>
        <source>The reprint could not be recorded; nothing was printed.</source>
        <translation>再印刷を記録できなかったため、印刷していません。</translation>
    </message>
    <message>
        <source>Not printed yet after %1 s; the job stays in the queue.</source>
        <translation>%1 秒たってもまだ印刷されていません。ジョブは待ち行列に残っています。</translation>
    </message>
    <message>
        <source>Also print it on the printer set for this kind of paper: certificate, form or ticket (printer/*_queue, printer/*_tray).</source>
        <translation>この用紙の種類に設定されたプリンターでも印刷します: certificate（証明書）、form（申請書）、ticket（番号札）（printer/*_queue、printer/*_tray）。</translation>
    </message>
    <message>
        <source>Seconds to follow the print job (default 60).</source>
        <translation>印刷ジョブを見守る秒数（既定 60）。</translation>
    </message>
    <message>
        <source>--wait takes seconds, 1 to 3600.</source>
        <translation>--wait には 1〜3600 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--pdf needs --to KIND.</source>
        <translation>--pdf には --to（用紙の種類）が必要です。</translation>
    </message>
    <message>
        <source>No such PDF: %1</source>
        <translation>PDF がありません: %1</translation>
    </message>
    <message>
        <source>The central database, as a role that may create roles (postgresql://postgres@host/db).</source>
        <translation>中央データベース。ロールを作成できるロールで接続します（postgresql://postgres@host/db）。</translation>
    </message>
    <message>
        <source>The office&apos;s code.</source>
        <translation>庁舎コード。</translation>
    </message>
    <message>
        <source>The terminal&apos;s id (terminal/id).</source>
        <translation>端末 ID（terminal/id）。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login.</source>
        <translation>責任者のログイン名。</translation>
    </message>
    <message>
        <source>Set no password (certificate or peer authentication).</source>
        <translation>パスワードを設定しません（証明書認証またはピア認証）。</translation>
    </message>
    <message>
        <source>Give the central database with --central URL.</source>
        <translation>中央データベースを --central URL で指定してください。</translation>
    </message>
    <message>
        <source>Central database ready: schema, roles %1, %2, %3 and row-level security (%4).</source>
        <translation>中央データベースの準備ができました: スキーマ、ロール %1、%2、%3、行レベルセキュリティ（%4）。</translation>
    </message>
    <message>
        <source>Type the new role&apos;s password on the first line of standard input, or give --no-password.</source>
        <translation>新しいロールのパスワードを標準入力の1行目に入力するか、--no-password を指定してください。</translation>
    </message>
    <message>
        <source>Terminal %1 of office %2 connects as %3.</source>
        <translation>庁舎 %2 の端末 %1 は %3 として接続します。</translation>
    </message>
    <message>
        <source>Supervisor %1 of office %2 connects as %3.</source>
        <translation>庁舎 %2 の責任者 %1 は %3 として接続します。</translation>
    </message>
    <message>
        <source>The reception queue: queue groups|issue|call-next|recall|absent|transfer|list|notice|publish.</source>
        <translation>受付の順番待ち: queue groups|issue|call-next|recall|absent|transfer|list|notice|publish。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>groups | issue | call-next | recall | absent | serve | done | transfer | list | notice set|clear | publish</source>
        <translation>groups | issue | call-next | recall | absent | serve | done | transfer | list | notice set|clear | publish</translation>
    </message>
    <message>
        <source>Counter group id (queue groups).</source>
        <translation>受付区分のID（queue groups で一覧）。</translation>
    </message>
    <message>
        <source>Where the ticket comes from: clerk (default), kiosk, reservation.</source>
        <translation>受付番号の発行元: clerk（既定、窓口職員）、kiosk（受付機）、reservation（予約）。</translation>
    </message>
    <message>
        <source>This counter&apos;s name, e.g. 3.</source>
        <translation>この窓口の名前（例: 3）。</translation>
    </message>
    <message>
        <source>Groups this counter serves, comma-separated (default: all).</source>
        <translation>この窓口が受け持つ受付区分（カンマ区切り、既定: すべて）。</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A-012.</source>
        <translation>受付番号（例: A-012）。</translation>
    </message>
    <message>
        <source>transfer: the new group.</source>
        <translation>transfer: 移す先の受付区分。</translation>
    </message>
    <message>
        <source>transfer: only this counter calls it.</source>
        <translation>transfer: この窓口だけが呼び出す。</translation>
    </message>
    <message>
        <source>notice set: the notice&apos;s text.</source>
        <translation>notice set: お知らせの文。</translation>
    </message>
    <message>
        <source>publish: the directory to write.</source>
        <translation>publish: 書き出すディレクトリ。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>The office&apos;s reception queue. issue needs a clerk, supervisor or kiosk sign-in, the counter&apos;s actions a clerk or supervisor, notice a supervisor: --as LOGIN, the password on standard input.</source>
        <translation>庁舎の受付の順番待ちです。issue は窓口職員・責任者・受付機のサインイン、窓口の操作は窓口職員か責任者、notice は責任者のサインインが必要です: --as ログインID、パスワードは標準入力。</translation>
    </message>
    <message>
        <source>Unknown queue action: %1</source>
        <translation>queue の操作が不明です: %1</translation>
    </message>
    <message>
        <source>Give the counter (--counter).</source>
        <translation>窓口を指定してください（--counter）。</translation>
    </message>
    <message>
        <source>Give the ticket number (--ticket).</source>
        <translation>受付番号を指定してください（--ticket）。</translation>
    </message>
    <message>
        <source>Give the counter group (--group).</source>
        <translation>受付区分を指定してください（--group）。</translation>
    </message>
    <message>
        <source>Give the directory to write (--out).</source>
        <translation>書き出すディレクトリを指定してください（--out）。</translation>
    </message>
    <message>
        <source>Use queue notice set --text TEXT, or queue notice clear.</source>
        <translation>queue notice set --text 文、または queue notice clear を使ってください。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>お待ちの方はいません。</translation>
    </message>
    <message>
        <source>The notice was changed, but the audit trail could not be written: %1</source>
        <translation>お知らせは変更しましたが、監査記録を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Print this kept PDF again (with --to and --as; recorded in the audit trail under the staff member).</source>
        <translation>保存されている この PDF を再印刷します（--to と --as を併用。サインインした職員の名で監査ログに記録されます）。</translation>
    </message>
    <message>
        <source>Verification code B (14 digits): </source>
        <translation>照合番号B（14桁）: </translation>
    </message>
    <message>
        <source>No verification code B was given on standard input.</source>
        <translation>照合番号Bが標準入力から入力されていません。</translation>
    </message>
    <message>
        <source>read, verify: use verification code B instead of the PIN (its 14 digits on standard input, after the staff password; never on the command line)</source>
        <translation>read, verify: 暗証番号の代わりに照合番号Bを使います（14桁を職員のパスワードの次の行として標準入力から入力。コマンドラインには書きません）</translation>
    </message>
    <message>
        <source>Verification code B is read from standard input, never from the command line. Nothing was read.</source>
        <translation>照合番号Bは標準入力から読み取ります。コマンドラインからは受け付けません。何も読み取っていません。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s work: supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export.</source>
        <translation>管理者の業務: supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export。</translation>
    </message>
    <message>
        <source>Give --date as YYYY-MM-DD.</source>
        <translation>--date は YYYY-MM-DD で指定してください。</translation>
    </message>
    <message>
        <source>%1 visit(s) on %2.</source>
        <translation>%2 の来庁は %1 件です。</translation>
    </message>
    <message>
        <source>Visit %1 (%2, %3) at %4.</source>
        <translation>来庁 %1（%2、%3）%4。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at event %2: %3.</source>
        <translation>%1 の監査記録は記録 %2 で途切れています: %3。</translation>
    </message>
    <message>
        <source>The centre did not take it yet; it is sent with the next sync.</source>
        <translation>中央にはまだ届いていません。次の同期で送信します。</translation>
    </message>
    <message>
        <source>Say void request|direct SERIAL, void approve|refuse REQUEST-ID, or void list.</source>
        <translation>void request|direct 交付番号、void approve|refuse 申請ID、または void list を指定してください。</translation>
    </message>
    <message>
        <source>Void of %1 requested (%2); a supervisor decides.</source>
        <translation>%1 の取消を申請しました（%2）。管理者が判断します。</translation>
    </message>
    <message>
        <source>Unknown void action %1.</source>
        <translation>取消の操作 %1 は不明です。</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>完了: %1 %2。</translation>
    </message>
    <message>
        <source>%1 reissued as %2, verification code %3.</source>
        <translation>%1 を %2 として再交付しました。照合用コード %3。</translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation>%1 が %2 に締めました。</translation>
    </message>
    <message>
        <source>Give --terminal ID and --count as DENOMINATION=PIECES,…, e.g. 1000=3,100=4.</source>
        <translation>--terminal 端末ID と --count 金種=枚数,…（例 1000=3,100=4）を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>The day %1 is open again.</source>
        <translation>%1 の締めを解除しました。</translation>
    </message>
    <message>
        <source>Give --from and --to as dates (from not after to) and --by hour, day or month.</source>
        <translation>--from と --to を日付で（from は to 以前）、--by は hour、day、month のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>%1 visit(s), %2 procedure(s); card identified: %3; kiosk pre-entries: %4.</source>
        <translation>来庁 %1 件、手続き %2 件。カードで本人確認: %3 件。キオスク端末の事前入力: %4 件。</translation>
    </message>
    <message>
        <source>Give --from and --to as dates (from not after to) and --out DIR.</source>
        <translation>--from と --to を日付で（from は to 以前）、--out に出力先を指定してください。</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2 and %3; %4 row(s) under %5 visits left out.</source>
        <translation>%1 行を %2 と %3 に書き出しました。来庁 %5 件未満の %4 行は除きました。</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today).</source>
        <translation>業務日 YYYY-MM-DD（既定: 今日）。</translation>
    </message>
    <message>
        <source>Only this terminal.</source>
        <translation>この端末のみ。</translation>
    </message>
    <message>
        <source>Why (required for every change).</source>
        <translation>理由（変更には必須）。</translation>
    </message>
    <message>
        <source>void list: only pending, approved or refused requests.</source>
        <translation>void list: 承認待ち（pending）、承認（approved）、却下（refused）の申請のみ。</translation>
    </message>
    <message>
        <source>reconcile: the counted cash, DENOMINATION=PIECES,…</source>
        <translation>reconcile: 数えた現金、金種=枚数,…</translation>
    </message>
    <message>
        <source>export: first day, YYYY-MM-DD.</source>
        <translation>export: 初日 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>export: last day, YYYY-MM-DD.</source>
        <translation>export: 最終日 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>kpi: hour, day or month.</source>
        <translation>kpi: hour（時間）、day（日）、month（月）。</translation>
    </message>
    <message>
        <source>The procedures catalogue: catalogue list [--json] | check DIR.</source>
        <translation>手続きカタログ：catalogue list [--json] | check DIR</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>No such directory: %1</source>
        <translation>フォルダがありません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the terminal would refuse these files.</source>
        <translation>
            <numerusform>誤り %n 件：端末はこのファイルを使用しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue is correct: %n procedure(s); files from %1: %2.</source>
        <translation>
            <numerusform>手続きカタログは正しいです：手続き %n 件。%1 のファイル：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>list or check DIR</source>
        <translation>list または check DIR</translation>
    </message>
    <message>
        <source>The procedures catalogue: list what this terminal serves (municipality files first, then the installed ones), or check a directory of files.</source>
        <translation>手続きカタログ：この端末が扱う手続きの一覧（自治体のファイルが優先、次にインストール分）、またはフォルダ内のファイルの確認。</translation>
    </message>
    <message>
        <source>Use: catalogue list [--json] | catalogue check DIR [--json]</source>
        <translation>使い方：catalogue list [--json] | catalogue check DIR [--json]</translation>
    </message>
    <message>
        <source>Issued PDFs past the retention period: documents purge --as L.</source>
        <translation>保存期間を過ぎた交付済みPDF: documents purge --as L。</translation>
    </message>
    <message>
        <source>The set-aside records could not be put back: %1</source>
        <translation>保留した記録を送信待ちに戻せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) back in the outbox; they go with the next sync.</source>
        <translation>
            <numerusform>%n 件を送信待ちに戻しました。次の同期で送信します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is set aside.</source>
        <translation>保留中の記録はありません。</translation>
    </message>
    <message>
        <source>List the records the centre refused again and again (--retry: send them again once the cause is fixed).</source>
        <translation>中央データベースが繰り返し拒否した記録を一覧表示します（--retry: 原因を解消した後に再送信）。</translation>
    </message>
    <message>
        <source>With set-aside: put them back in the outbox.</source>
        <translation>set-aside と併用: 送信待ちに戻します。</translation>
    </message>
    <message>
        <source>With set-aside: as JSON.</source>
        <translation>set-aside と併用: JSON で表示します。</translation>
    </message>
    <message>
        <source>sync takes no argument but set-aside.</source>
        <translation>sync に指定できる引数は set-aside だけです。</translation>
    </message>
    <message>
        <source>Delete issued PDFs past the retention period.</source>
        <translation>保存期間を過ぎた交付済みPDFを削除します。</translation>
    </message>
    <message>
        <source>Keep this many days instead of print/retention_days (1 to 3650).</source>
        <translation>print/retention_days の代わりにこの日数だけ保存します（1〜3650）。</translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation>削除対象を表示するだけで、削除しません。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で表示します。</translation>
    </message>
    <message>
        <source>Issued PDFs kept for reprinting: documents purge --as L.</source>
        <translation>再印刷用に保存している交付済みPDF: documents purge --as L。</translation>
    </message>
    <message>
        <source>Give the subcommand: documents purge.</source>
        <translation>サブコマンドを指定してください: documents purge。</translation>
    </message>
    <message>
        <source>--days takes 1 to 3650.</source>
        <translation>--days には 1〜3650 を指定してください。</translation>
    </message>
    <message>
        <source>print/retention_days is 0 (keep for ever): give --days N to delete PDFs older than N days.</source>
        <translation>print/retention_days が 0（無期限保存）です。N 日より古いPDFを削除するには --days N を指定してください。</translation>
    </message>
    <message>
        <source>The deletion could not be recorded in the audit trail: %1</source>
        <translation>削除を監査ログに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Would delete %1 files in %2 day folders (older than %3 days).</source>
        <translation>%2 日分のフォルダーにある %1 個のファイルを削除します（%3 日より前）。</translation>
    </message>
    <message>
        <source>Deleted %1 files in %2 day folders (older than %3 days).</source>
        <translation>%2 日分のフォルダーにある %1 個のファイルを削除しました（%3 日より前）。</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Scripted visits through the counter&apos;s workflow: visit run SCRIPT.json.</source>
        <translation>窓口の流れどおりのスクリプト来庁: visit run SCRIPT.json</translation>
    </message>
    <message>
        <source>Visit %1%2: %3</source>
        <translation>来庁 %1%2: %3</translation>
    </message>
    <message>
        <source>done, visit %1</source>
        <translation>完了、来庁 %1</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>%1 で停止</translation>
    </message>
    <message>
        <source>fee %L1 yen</source>
        <translation>手数料 %L1 円</translation>
    </message>
    <message>
        <source>prefilled: %1</source>
        <translation>自動入力: %1</translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation>入力: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>未入力: %1</translation>
    </message>
    <message>
        <source>document %1  template %2  serial %3  fee %L4 yen  %5</source>
        <translation>書類 %1  様式 %2  交付番号 %3  手数料 %L4 円  %5</translation>
    </message>
    <message>
        <source>paid %L1 yen by %2</source>
        <translation>%L1 円を %2 で支払い</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>The procedures catalogue has errors: %1</source>
        <translation>手続きカタログに誤りがあります: %1</translation>
    </message>
    <message>
        <source>The script was refused; no visit was run or recorded.</source>
        <translation>スクリプトは受け付けられませんでした。来庁は実行も記録もされていません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 of %2 visit(s) done in %3 ms.</source>
        <translation>%2 件中 %1 件の来庁が完了しました（%3 ms）。</translation>
    </message>
    <message>
        <source>run SCRIPT.json</source>
        <translation>run SCRIPT.json</translation>
    </message>
    <message>
        <source>Write the issued PDFs under DIR (one folder per day).</source>
        <translation>交付した PDF を DIR の下に書き出します（日ごとのフォルダ）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Run scripted visits through the counter&apos;s workflow (docs/visit-scripts.md).</source>
        <translation>スクリプトの来庁を窓口の流れどおりに実行します（docs/visit-scripts.md）。</translation>
    </message>
    <message>
        <source>Usage: visit run SCRIPT.json [--out DIR] [--json] --as LOGIN</source>
        <translation>使い方: visit run SCRIPT.json [--out DIR] [--json] --as LOGIN</translation>
    </message>
    <message>
        <source>Interpreter (%1): %2 visit(s), %3 min.</source>
        <translation>通訳（%1）：%2 件、%3 分。</translation>
    </message>
    <message>
        <source>New staff PIN (%1 digits): </source>
        <translation>新しい職員用暗証番号（%1桁）: </translation>
    </message>
    <message>
        <source>Cannot read the PIN from standard input.</source>
        <translation>標準入力から暗証番号を読み取れません。</translation>
    </message>
    <message>
        <source>The staff PIN was changed but the change could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>職員用暗証番号は変更されましたが、監査証跡に記録できませんでした。監督者に連絡してください。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is set.</source>
        <translation>キオスクの職員用暗証番号を設定しました。</translation>
    </message>
    <message>
        <source>Seal the stored My Numbers under a new key: keys rotate --as ADMIN.</source>
        <translation>保存しているマイナンバーを新しい鍵で封印し直す: keys rotate --as ADMIN。</translation>
    </message>
    <message>
        <source>New sealing key %1: %2 request(s) and %3 waiting visit(s) sealed again.</source>
        <translation>新しい封印鍵 %1: 申請 %2 件と送信待ちの来庁 %3 件を封印し直しました。</translation>
    </message>
    <message>
        <source>Give --stale-minutes as a number of minutes (1 or more).</source>
        <translation>--stale-minutes は分数（1以上）で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation>
            <numerusform>警報 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>day | visit ID | void … | reissue SERIAL | reconcile | close | reopen | kpi | export | alerts</source>
        <translation>day | visit ID | void … | reissue SERIAL | reconcile | close | reopen | kpi | export | alerts</translation>
    </message>
    <message>
        <source>alerts: a terminal silent this long is named (default: supervisor/stale_sync_minutes).</source>
        <translation>alerts：この時間同期のない端末を警報に挙げます（既定：supervisor/stale_sync_minutes）。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s work: day [--date D] [--terminal T]; visit ID; void request SERIAL | void list | void approve ID | void refuse ID | void direct SERIAL (each with --reason); reissue SERIAL --reason; reconcile [--date D] [--terminal T --count 1000=3,… --reason R]; close [--date D] [--out DIR]; reopen --date D --reason R; kpi --from D --to D [--by hour|day|month]; export --from D --to D --out DIR (open data); alerts [--stale-minutes N]. Sign in with --as LOGIN, the password on standard input.</source>
        <translation>管理者の業務: day [--date D] [--terminal T]、visit ID、void request 交付番号 | void list | void approve ID | void refuse ID | void direct 交付番号（いずれも --reason 付き）、reissue 交付番号 --reason、reconcile [--date D] [--terminal T --count 1000=3,… --reason R]、close [--date D] [--out DIR]、reopen --date D --reason R、kpi --from D --to D [--by hour|day|month]、export --from D --to D --out DIR（オープンデータ）、alerts [--stale-minutes N]。--as ログイン名でサインインし、パスワードは標準入力で渡します。</translation>
    </message>
    <message>
        <source>Say day, visit ID, void …, reissue SERIAL, reconcile, close, reopen, kpi, export or alerts.</source>
        <translation>day、visit ID、void …、reissue SERIAL、reconcile、close、reopen、kpi、export、alerts のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The lobby kiosk: kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide] (the PIN on standard input).</source>
        <translation>ロビーのキオスク：kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide]（暗証番号は標準入力から）。</translation>
    </message>
    <message>
        <source>set-staff-pin or clear-staff-pin</source>
        <translation>set-staff-pin または clear-staff-pin</translation>
    </message>
    <message>
        <source>The PIN of every kiosk of the office, kept at the central store (the kiosks take it at once, or with their next sync when offline), instead of this tablet&apos;s own.</source>
        <translation>この端末だけの暗証番号ではなく、庁舎のすべてのキオスクの暗証番号として中央ストアに保存します（キオスクはすぐに、オフラインのキオスクは次の同期で反映します）。</translation>
    </message>
    <message>
        <source>With --office-wide on a central server: the office code (as given to central add-terminal).</source>
        <translation>中央サーバーで --office-wide を使うとき：庁舎コード（central add-terminal で指定したもの）。</translation>
    </message>
    <message>
        <source>Set or clear the staff PIN that leaves kiosk mode, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and, for set-staff-pin, the new PIN (%1 digits) on the second. Without --office-wide the PIN is this tablet&apos;s own (its settings); with --office-wide it is the office&apos;s, for every kiosk of the office, and replaces the tablets&apos; own while it is set. Only the Argon2id hash is kept; a running kiosk takes the change at once.</source>
        <translation>キオスクモードを終了するスタッフ用暗証番号を設定または消去します。--as で管理者としてサインインし、標準入力の1行目に管理者のパスワード、set-staff-pin では2行目に新しい暗証番号（%1桁）を渡します。--office-wide を付けない場合はこの端末だけの暗証番号（端末の設定）、付けた場合は庁舎のすべてのキオスクの暗証番号となり、設定されている間は各端末の暗証番号に代わって使われます。保存するのは Argon2id ハッシュだけで、動作中のキオスクにもすぐに反映されます。</translation>
    </message>
    <message>
        <source>Say set-staff-pin or clear-staff-pin.</source>
        <translation>set-staff-pin または clear-staff-pin を指定してください。</translation>
    </message>
    <message>
        <source>--office and --central go with --office-wide.</source>
        <translation>--office と --central は --office-wide と一緒に使います。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is cleared.</source>
        <translation>キオスクのスタッフ用暗証番号を消去しました。</translation>
    </message>
    <message>
        <source>The staff PIN of the office&apos;s kiosks is set (revision %1). Kiosks take it at once; offline ones with their next sync.</source>
        <translation>庁舎のキオスクのスタッフ用暗証番号を設定しました（版 %1）。キオスクはすぐに、オフラインのキオスクは次の同期で反映します。</translation>
    </message>
    <message>
        <source>The staff PIN of the office&apos;s kiosks is revoked (revision %1). Kiosks refuse it at once; offline ones after their next sync. Each tablet&apos;s own PIN, if it has one, holds again.</source>
        <translation>庁舎のキオスクのスタッフ用暗証番号を取り消しました（版 %1）。キオスクはすぐに、オフラインのキオスクは次の同期の後にこの暗証番号を受け付けなくなります。端末ごとの暗証番号があれば、それが再び有効になります。</translation>
    </message>
    <message>
        <source>The centre&apos;s key file must not be this terminal&apos;s key file.</source>
        <translation>中央の鍵ファイルにこの端末の鍵ファイルは使えません。</translation>
    </message>
    <message>
        <source>New central sealing key in %1: %2 request(s) at the centre sealed again.</source>
        <translation>中央の新しい封印鍵を %1 に作成しました。中央の申請 %2 件を封印し直しました。</translation>
    </message>
    <message>
        <source>rotate: seal every My Number this terminal stores again under a new key. rotate-central: the same for the copies the centre holds.</source>
        <translation>rotate：この端末が保存するマイナンバーをすべて新しい鍵で封印し直します。rotate-central：中央が保持する写しについて同じことを行います。</translation>
    </message>
    <message>
        <source>rotate-central: the central database, as a role that may update every office&apos;s rows (default: the settings).</source>
        <translation>rotate-central：中央データベース。すべての庁舎の行を更新できるロールで指定します（既定：設定ファイル）。</translation>
    </message>
    <message>
        <source>rotate-central: the centre&apos;s key file (default: keys/central.key beside the settings).</source>
        <translation>rotate-central：中央の鍵ファイル（既定：設定ファイルと同じ場所の keys/central.key）。</translation>
    </message>
    <message>
        <source>rotate-central: another terminal&apos;s key file to open the values it sent (repeatable).</source>
        <translation>rotate-central：他の端末が送った値を開くための、その端末の鍵ファイル（複数指定可）。</translation>
    </message>
    <message>
        <source>The key of the sealed My Numbers: keys rotate --as ADMIN, keys rotate-central --as ADMIN (the password on standard input).</source>
        <translation>封印したマイナンバーの鍵：keys rotate --as ADMIN、keys rotate-central --as ADMIN（パスワードは標準入力）。</translation>
    </message>
    <message>
        <source>Give the subcommand: keys rotate or keys rotate-central.</source>
        <translation>サブコマンドを指定してください：keys rotate または keys rotate-central。</translation>
    </message>
    <message>
        <source>Give the terminal&apos;s id with --terminal ID.</source>
        <translation>--terminal ID で端末の ID を指定してください。</translation>
    </message>
    <message>
        <source>This is terminal %1, not %2: run the command on the reinstalled terminal itself.</source>
        <translation>この端末は %2 ではなく %1 です。再インストールした端末そのもので実行してください。</translation>
    </message>
    <message>
        <source>Terminal %1 re-enrolled: epoch %2 of its chain starts after event %3 at the centre; %4 local event(s) renumbered and signed with this installation&apos;s key. Sync can resume.</source>
        <translation>端末 %1 を再登録しました。監査チェーンの第 %2 期は中央のイベント %3 の次から始まります。この端末のイベント %4 件の番号を付け直し、このインストールの鍵で署名し直しました。同期を再開できます。</translation>
    </message>
    <message>
        <source>init, add-terminal, add-supervisor or re-enrol-terminal</source>
        <translation>init、add-terminal、add-supervisor または re-enrol-terminal</translation>
    </message>
    <message>
        <source>Set up the central PostgreSQL database: schema, least-privilege roles, row-level security between offices; add terminals and supervisors; re-enrol a reinstalled terminal (on that terminal, --as ADMIN). Passwords are read from the first line of standard input.</source>
        <translation>中央の PostgreSQL データベースを設定します：スキーマ、最小権限のロール、庁舎間の行レベルセキュリティ。端末と監督者を追加し、再インストールした端末を再登録します（その端末で --as ADMIN）。パスワードは標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Say init, add-terminal, add-supervisor or re-enrol-terminal.</source>
        <translation>init、add-terminal、add-supervisor または re-enrol-terminal を指定してください。</translation>
    </message>
    <message>
        <source>The reissue is recorded, but no new paper was made: %1</source>
        <translation>再交付は記録しましたが、新しい用紙は作成できませんでした：%1</translation>
    </message>
    <message>
        <source>New paper: %1 (%2)</source>
        <translation>新しい用紙：%1（%2）</translation>
    </message>
    <message>
        <source>security paper</source>
        <translation>証明書用紙</translation>
    </message>
    <message>
        <source>plain paper</source>
        <translation>普通紙</translation>
    </message>
    <message>
        <source>close: write the 日報 PDFs here; reissue: the new paper (default: the terminal&apos;s document folder).</source>
        <translation>close: 日報の PDF をここに書き出します。reissue: 新しい用紙の PDF（既定：この端末の文書フォルダー）。</translation>
    </message>
</context>
<context>
    <name>counter</name>
    <message>
        <source>The interpreting services in %1 were not taken: %2</source>
        <translation>%1 の通訳サービス設定は読み込まれませんでした：%2</translation>
    </message>
    <message>
        <source>a service names no language</source>
        <translation>言語のないサービスがあります</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 が二度指定されています</translation>
    </message>
    <message>
        <source>the service for %1 needs either a url or a command</source>
        <translation>%1 のサービスには url か command のどちらか一方が必要です</translation>
    </message>
    <message>
        <source>the url for %1 is not valid</source>
        <translation>%1 の url が正しくありません</translation>
    </message>
</context>
<context>
    <name>issuance</name>
    <message>
        <source>This terminal has no identifier. Ask IT staff to set terminal/id.</source>
        <translation>この端末には端末IDが設定されていません。情報システム担当に terminal/id の設定を依頼してください。</translation>
    </message>
    <message>
        <source>The visit has no reception number.</source>
        <translation>受付番号がありません。</translation>
    </message>
    <message>
        <source>A request names no procedure.</source>
        <translation>手続が指定されていない申請があります。</translation>
    </message>
    <message>
        <source>The form for %1 could not be read.</source>
        <translation>%1 の申請内容を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The My Number may not be kept for %1.</source>
        <translation>%1 ではマイナンバーを保存できません。</translation>
    </message>
    <message>
        <source>The My Number must be 12 digits.</source>
        <translation>マイナンバーは12桁の数字です。</translation>
    </message>
    <message>
        <source>A certificate has no type or no resident.</source>
        <translation>種類または対象者が指定されていない証明書があります。</translation>
    </message>
    <message>
        <source>A certificate has an impossible number of copies or fee.</source>
        <translation>通数または手数料が正しくない証明書があります。</translation>
    </message>
    <message>
        <source>A certificate refers to a request that does not exist.</source>
        <translation>存在しない申請に対応する証明書があります。</translation>
    </message>
    <message>
        <source>A payment cannot be negative.</source>
        <translation>支払金額にマイナスは指定できません。</translation>
    </message>
    <message>
        <source>The payments (%1 yen) do not match the fees (%2 yen).</source>
        <translation>支払金額（%1 円）が手数料（%2 円）と一致しません。</translation>
    </message>
    <message>
        <source>The visit could not be saved on this terminal. Nothing was recorded.</source>
        <translation>この端末に来庁記録を保存できませんでした。何も記録されていません。</translation>
    </message>
    <message>
        <source>Give a reason for voiding the certificate.</source>
        <translation>証明書を取り消す理由を入力してください。</translation>
    </message>
    <message>
        <source>The certificate could not be voided.</source>
        <translation>証明書を取り消せませんでした。</translation>
    </message>
    <message>
        <source>No certificate %1 that is not already void was issued on this terminal.</source>
        <translation>この端末で交付された未取消の証明書 %1 はありません。</translation>
    </message>
    <message>
        <source>A kiosk cannot take the My Number. Please go to a counter.</source>
        <translation>キオスクではマイナンバーを取り扱えません。窓口へお越しください。</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>The pre-entry could not be kept or read. Nothing was changed; try again in a moment.</source>
        <translation>事前入力を保存または読み込みできませんでした。何も変更していません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>A pre-entry never holds a My Number.</source>
        <translation>事前入力にマイナンバーは含められません。</translation>
    </message>
    <message>
        <source>There is no such reception ticket.</source>
        <translation>その受付番号はありません。</translation>
    </message>
    <message>
        <source>This ticket has already been called.</source>
        <translation>この受付番号はすでに呼び出されています。</translation>
    </message>
    <message>
        <source>The pre-entry of this ticket cannot be read (another office key?).</source>
        <translation>この受付番号の事前入力を読み込めません（別の事務所の鍵で暗号化された可能性があります）。</translation>
    </message>
    <message>
        <source>The staff PIN must be exactly %1 digits.</source>
        <translation>職員用暗証番号はちょうど%1桁の数字にしてください。</translation>
    </message>
    <message>
        <source>The staff PIN could not be hashed. Nothing was changed.</source>
        <translation>職員用暗証番号をハッシュ化できませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Nothing was changed.</source>
        <translation>設定ファイル %1 に書き込めませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>This staff PIN is too easy to guess (one digit repeated, or digits counting up or down in a row). Choose another.</source>
        <translation>この職員用暗証番号は推測されやすいため使えません（同じ数字の繰り返しや、連続して増える・減る数字）。別の番号にしてください。</translation>
    </message>
    <message>
        <source>The central store did not take the kiosks&apos; staff PIN. Nothing was changed.</source>
        <translation>中央ストアがキオスクのスタッフ用暗証番号を受け付けませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Say which office&apos;s kiosks the PIN is for (--office CODE).</source>
        <translation>どの庁舎のキオスクの暗証番号かを指定してください（--office CODE）。</translation>
    </message>
    <message>
        <source>The central store knows no office %1 (no terminal or supervisor of it was added). Nothing was changed.</source>
        <translation>中央ストアに庁舎 %1 はありません（その庁舎の端末も監督者も追加されていません）。何も変更していません。</translation>
    </message>
    <message>
        <source>The embedded central store serves one office: leave out --office.</source>
        <translation>組み込みの中央ストアが扱う庁舎は1つだけです。--office を付けないでください。</translation>
    </message>
    <message>
        <source>The kiosks&apos; staff PIN cannot be read from the central store.</source>
        <translation>キオスクのスタッフ用暗証番号を中央ストアから読み取れません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::cli</name>
    <message>
        <source>The script cannot be read: %1</source>
        <translation>スクリプトを読めません: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>位置 %1 で JSON が正しくありません: %2</translation>
    </message>
    <message>
        <source>The script needs a &quot;visits&quot; list with at least one visit.</source>
        <translation>スクリプトには来庁が 1 件以上ある &quot;visits&quot; の一覧が必要です。</translation>
    </message>
    <message>
        <source>A visit must be a JSON object.</source>
        <translation>来庁は JSON オブジェクトで書いてください。</translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation>不明なキーです。</translation>
    </message>
    <message>
        <source>Write &quot;accept&quot; or &quot;decline&quot;.</source>
        <translation>&quot;accept&quot; か &quot;decline&quot; と書いてください。</translation>
    </message>
    <message>
        <source>Give the fields of a procedure as an object: {&quot;field&quot;: &quot;value&quot;}.</source>
        <translation>手続きの項目はオブジェクトで書いてください: {&quot;field&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>No such resident language: %1 (one of %2).</source>
        <translation>その言語はありません: %1（%2 のいずれか）</translation>
    </message>
    <message>
        <source>No simulated card has this persona: %1.</source>
        <translation>この人物のシミュレーションカードはありません: %1</translation>
    </message>
    <message>
        <source>照合番号B has 14 digits.</source>
        <translation>照合番号Bは14桁です。</translation>
    </message>
    <message>
        <source>The PIN has 4 digits (or give &quot;code_b&quot;).</source>
        <translation>暗証番号は4桁です（または &quot;code_b&quot; を指定）。</translation>
    </message>
    <message>
        <source>Either a card or a registry search, not both.</source>
        <translation>カードか住民記録の検索のどちらか一方にしてください。</translation>
    </message>
    <message>
        <source>Say who comes: &quot;card&quot; with &quot;pin&quot; or &quot;code_b&quot;, or &quot;id_document&quot; with &quot;name&quot; and &quot;birth_date&quot; for a resident without a card.</source>
        <translation>来庁者を指定してください: &quot;card&quot; と &quot;pin&quot; または &quot;code_b&quot;、カードのない方は &quot;id_document&quot; と &quot;name&quot;・&quot;birth_date&quot;。</translation>
    </message>
    <message>
        <source>A resident without a card is searched by name.</source>
        <translation>カードのない方は氏名で検索します。</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>日付ではありません。</translation>
    </message>
    <message>
        <source>A resident who is not in the registry can only be served with their My Number card.</source>
        <translation>住民記録にない方はマイナンバーカードでのみ受け付けられます。</translation>
    </message>
    <message>
        <source>No such life event: %1.</source>
        <translation>そのライフイベントはありません: %1</translation>
    </message>
    <message>
        <source>%1 is a life event: list it under life_events.</source>
        <translation>%1 はライフイベントです。life_events に書いてください。</translation>
    </message>
    <message>
        <source>No such procedure: %1.</source>
        <translation>その手続きはありません: %1</translation>
    </message>
    <message>
        <source>Choose a life event or at least one procedure.</source>
        <translation>ライフイベントか手続きを1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Answer &quot;yes&quot; or &quot;no&quot;.</source>
        <translation>&quot;yes&quot; か &quot;no&quot; で答えてください。</translation>
    </message>
    <message>
        <source>None of the visit&apos;s life events asks this question.</source>
        <translation>この来庁のライフイベントにこの質問はありません。</translation>
    </message>
    <message>
        <source>None of the visit&apos;s life events lists the people it concerns.</source>
        <translation>この来庁のライフイベントは対象者を記載しません。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Type the person&apos;s birth date.</source>
        <translation>生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Sex is &quot;1&quot; (male), &quot;2&quot; (female) or &quot;9&quot;.</source>
        <translation>性別は &quot;1&quot;（男）、&quot;2&quot;（女）または &quot;9&quot; です。</translation>
    </message>
    <message>
        <source>Type the relationship to the head of household (続柄).</source>
        <translation>世帯主との続柄を入力してください。</translation>
    </message>
    <message>
        <source>A form is about &quot;deceased&quot; or &quot;spouse&quot;.</source>
        <translation>書類の対象者は &quot;deceased&quot; または &quot;spouse&quot; です。</translation>
    </message>
    <message>
        <source>No such field in this procedure&apos;s form.</source>
        <translation>この手続きの書類にその項目はありません。</translation>
    </message>
    <message>
        <source>Copies are only for certificates.</source>
        <translation>通数は証明書にだけ指定できます。</translation>
    </message>
    <message>
        <source>From 1 to 10 copies.</source>
        <translation>1通から10通までです。</translation>
    </message>
    <message>
        <source>Pay by one of: %1.</source>
        <translation>支払方法は次のいずれかです: %1</translation>
    </message>
    <message>
        <source>The card did not answer.</source>
        <translation>カードが応答しませんでした。</translation>
    </message>
    <message>
        <source>One PIN try is left: the resident must confirm the last try (&quot;last_try&quot;: true). Nothing was sent to the card.</source>
        <translation>暗証番号の残り回数は1回です。最後の試行にはご本人の確認が必要です（&quot;last_try&quot;: true）。カードには何も送っていません。</translation>
    </message>
    <message>
        <source>The resident is not in the registry; a move-in is served with &quot;new_resident&quot;: true.</source>
        <translation>住民記録にない方です。転入は &quot;new_resident&quot;: true で受け付けます。</translation>
    </message>
    <message>
        <source>The registry search did not find %1.</source>
        <translation>住民記録の検索で %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not answered.</source>
        <translation>質問「%1」に答えていません。</translation>
    </message>
    <message>
        <source>Not proposed in this visit (proposed: %1).</source>
        <translation>この来庁では提案されていません（提案: %1）。</translation>
    </message>
    <message>
        <source>persons.%1: no form of this visit asks for this person.</source>
        <translation>persons.%1: この来庁の書類はこの人を必要としません。</translation>
    </message>
    <message>
        <source>fields.%1: not a form of this visit; not typed.</source>
        <translation>fields.%1: この来庁の書類ではないため入力しませんでした。</translation>
    </message>
    <message>
        <source>%1: filled from %2; not typed.</source>
        <translation>%1: %2 から入力済みのため入力しませんでした。</translation>
    </message>
    <message>
        <source>Missing: the form needs this field (%1).</source>
        <translation>未入力: 書類にこの項目が必要です（%1）。</translation>
    </message>
    <message>
        <source>Not a form of this visit.</source>
        <translation>この来庁の書類ではありません。</translation>
    </message>
    <message>
        <source>The fee is %L1 yen: say how it is paid (&quot;payment&quot;).</source>
        <translation>手数料は %L1 円です。支払方法を指定してください（&quot;payment&quot;）。</translation>
    </message>
    <message>
        <source>The resident did not confirm (&quot;confirm&quot;: false): nothing was issued.</source>
        <translation>ご本人が確認していません（&quot;confirm&quot;: false）。何も交付していません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::cli::ScriptError</name>
    <message>
        <source>visit %1</source>
        <translation>来庁 %1</translation>
    </message>
    <message>
        <source>visit %1 (%2)</source>
        <translation>来庁 %1（%2）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AlertsPage</name>
    <message>
        <source>Records the centre refused again and again wait on the terminal. Ask IT staff (madoguchi-cli sync set-aside).</source>
        <translation>中央が繰り返し受け付けなかった記録が端末に残っています。情報システム担当に連絡してください（madoguchi-cli sync set-aside）。</translation>
    </message>
    <message>
        <source>Check that the terminal is on and reaches the central database.</source>
        <translation>端末の電源が入っていて中央データベースにつながっているか確認してください。</translation>
    </message>
    <message>
        <source>The audit trail may have been changed or lost. Do not clear it; ask IT staff.</source>
        <translation>監査ログが改変または欠落した可能性があります。消去せず、情報システム担当に連絡してください。</translation>
    </message>
    <message>
        <source>Two certificates carry the same serial. Check both before handing either over.</source>
        <translation>2つの証明書に同じ交付番号があります。どちらも渡す前に両方を確認してください。</translation>
    </message>
    <message>
        <source>A record came again with other content; the centre kept its copy. Ask IT staff.</source>
        <translation>記録が別の内容で再送されました。中央は元の記録を保持しています。情報システム担当に連絡してください。</translation>
    </message>
    <message>
        <source>Outbox stuck</source>
        <translation>送信待ちの滞留</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>同期なし</translation>
    </message>
    <message>
        <source>Audit chain broken</source>
        <translation>監査ログの連鎖の断絶</translation>
    </message>
    <message>
        <source>Serial collision</source>
        <translation>交付番号の重複</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>同期の不一致</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警報</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警報</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Waiting for the central database: alerts…</source>
        <translation>中央データベースを待っています：警報…</translation>
    </message>
    <message numerus="yes">
        <source>No alerts: every terminal synced within %n minute(s), no chain breaks, no collisions.</source>
        <translation>
            <numerusform>警報なし：すべての端末が%n分以内に同期し、監査ログの断絶も重複もありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation>
            <numerusform>警報 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CashPage</name>
    <message>
        <source>Business day</source>
        <translation>業務日</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>業務日(&amp;Y)</translation>
    </message>
    <message>
        <source>Cash per terminal</source>
        <translation>端末ごとの現金</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>現金（記録）</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>実査額</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>実査者</translation>
    </message>
    <message>
        <source>Cash counted at the chosen terminal (pieces per note and coin)</source>
        <translation>選んだ端末の現金実査（金種ごとの枚数）</translation>
    </message>
    <message>
        <source>Pieces of %1 yen</source>
        <translation>%1円の枚数</translation>
    </message>
    <message>
        <source>%L1 yen</source>
        <translation>%L1円</translation>
    </message>
    <message>
        <source>Needed when the count differs from the cash expected</source>
        <translation>実査額が記録と違うときは必須です</translation>
    </message>
    <message>
        <source>Reason for a &amp;difference</source>
        <translation>差額の理由(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Record the count</source>
        <translation>実査を記録(&amp;R)</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>業務日</translation>
    </message>
    <message>
        <source>&amp;Close the day and print the daily reports</source>
        <translation>締めて日報を印刷(&amp;C)</translation>
    </message>
    <message>
        <source>Reason to re&amp;open</source>
        <translation>締め解除の理由(&amp;O)</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>締めを解除</translation>
    </message>
    <message>
        <source>Daily report (窓口業務日報)</source>
        <translation>窓口業務日報</translation>
    </message>
    <message>
        <source>Daily report of which terminal</source>
        <translation>日報の端末</translation>
    </message>
    <message>
        <source>Waiting for the central database: the day&apos;s cash…</source>
        <translation>中央データベースを待っています：この日の現金…</translation>
    </message>
    <message>
        <source>Closed by %1 at %2: counts, voids and reissues are locked.</source>
        <translation>%1 が %2 に締めました。実査・取消・再交付はできません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>締め前</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1件 %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未実査</translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3</source>
        <translation>実査 %1、記録 %2、差額 %3</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>実査 %1</translation>
    </message>
    <message>
        <source>Choose a terminal in the list first.</source>
        <translation>先に一覧から端末を選んでください。</translation>
    </message>
    <message>
        <source>Waiting for the central database: recording the count…</source>
        <translation>中央データベースを待っています：実査を記録中…</translation>
    </message>
    <message>
        <source>The count of %1 is recorded.</source>
        <translation>%1 の実査を記録しました。</translation>
    </message>
    <message>
        <source>Waiting for the central database: closing the day…</source>
        <translation>中央データベースを待っています：締め処理中…</translation>
    </message>
    <message>
        <source>The day %1 is closed.</source>
        <translation>%1 を締めました。</translation>
    </message>
    <message>
        <source>A daily report could not be written: %1</source>
        <translation>日報を作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Waiting for the central database: reopening the day…</source>
        <translation>中央データベースを待っています：締め解除中…</translation>
    </message>
    <message>
        <source>The day %1 is open again.</source>
        <translation>%1 の締めを解除しました。</translation>
    </message>
    <message>
        <source>Cashless payments and refunds of the chosen terminal</source>
        <translation>選んだ端末のキャッシュレス決済と返金</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>控え番号</translation>
    </message>
    <message>
        <source>Reception number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>返金</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ChoosePage</name>
    <message>
        <source>What did the resident come for?</source>
        <translation>ご用件</translation>
    </message>
    <message>
        <source>&amp;Life event</source>
        <translation>ライフイベント(&amp;L)</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>&amp;Questions that decide what else is needed</source>
        <translation>ほかに必要な手続きを判断するための質問(&amp;Q)</translation>
    </message>
    <message>
        <source>People concerned (異動する方) — the card holder is filled in</source>
        <translation>異動する方（カードの方は入力済み）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>People concerned; Delete removes the selected person</source>
        <translation>異動する方（Delete キーで選択した方を削除）</translation>
    </message>
    <message>
        <source>Name, e.g. 鈴木&#x3000;美咲</source>
        <translation>氏名（例：鈴木&#x3000;美咲）</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <source>Relationship, e.g. 妻, 長男</source>
        <translation>続柄（例：妻、長男）</translation>
    </message>
    <message>
        <source>&amp;Add (Enter)</source>
        <translation>追加(&amp;A)（Enter）</translation>
    </message>
    <message>
        <source>Also needed — accept or decline each</source>
        <translation>あわせて必要な手続き（それぞれ追加するか選んでください）</translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation>— 未確認 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— 選択してください —</translation>
    </message>
    <message>
        <source>Accept: add to this visit</source>
        <translation>追加する</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>追加しない</translation>
    </message>
    <message>
        <source>Search: name, reading or keyword (じどう, 児童手当, allowance); Enter takes the first</source>
        <translation>検索：名称・よみ・キーワード（じどう、児童手当、allowance）。Enter で先頭の候補を選択</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>手続きの検索</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation>子育て</translation>
    </message>
    <message>
        <source>Long-term care</source>
        <translation>介護</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>被災者支援</translation>
    </message>
    <message>
        <source>Or procedures &amp;directly (Space ticks)</source>
        <translation>または手続きを直接選択(&amp;D)（Space で選択）</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>手続き</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ClerkWindow</name>
    <message>
        <source>Madoguchi — counter</source>
        <translation>窓口 — 職員用</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>端末(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>来庁(&amp;V)</translation>
    </message>
    <message>
        <source>Call the &amp;next number</source>
        <translation>次の番号を呼ぶ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Walk-in visit</source>
        <translation>番号札なしで受付(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Read the card / retry the registry</source>
        <translation>カードを読む／台帳を再検索(&amp;R)</translation>
    </message>
    <message>
        <source>Also read the &amp;My Number (on/off)</source>
        <translation>個人番号も読み取る（切替）(&amp;M)</translation>
    </message>
    <message>
        <source>照合番号&amp;B</source>
        <translation>照合番号&amp;B</translation>
    </message>
    <message>
        <source>No &amp;card</source>
        <translation>カードなし(&amp;C)</translation>
    </message>
    <message>
        <source>New resident (&amp;move-in)</source>
        <translation>新しい住民（転入）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>次へ(&amp;C)</translation>
    </message>
    <message>
        <source>Reveal the My Number (audited)</source>
        <translation>個人番号を表示（監査記録に残ります）</translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation>この来庁を取り消す</translation>
    </message>
    <message>
        <source>&amp;Send waiting visits now</source>
        <translation>送信待ちの来庁を今すぐ送る(&amp;S)</translation>
    </message>
    <message>
        <source>Terminal &amp;status…</source>
        <translation>端末の状態(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign in to start serving residents</source>
        <translation>サインインして受付を始めます</translation>
    </message>
    <message>
        <source>Staff &amp;ID</source>
        <translation>職員ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Sign &amp;in (Enter)</source>
        <translation>サインイン(&amp;I)（Enter）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>お待ちの方</translation>
    </message>
    <message>
        <source>Reception numbers waiting</source>
        <translation>お待ちの受付番号</translation>
    </message>
    <message>
        <source>Call next (F2)</source>
        <translation>次の方 (F2)</translation>
    </message>
    <message>
        <source>Walk-in (F3)</source>
        <translation>番号札なし (F3)</translation>
    </message>
    <message>
        <source>No visit in progress</source>
        <translation>受付中の来庁はありません</translation>
    </message>
    <message>
        <source>F2: call the next reception number.   F3: serve a walk-in resident.</source>
        <translation>F2：次の受付番号を呼びます。&#x3000;F3：番号札のない方を受け付けます。</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>交付処理中…</translation>
    </message>
    <message>
        <source>Back (F9)</source>
        <translation>戻る (F9)</translation>
    </message>
    <message>
        <source>Continue (F10)</source>
        <translation>次へ (F10)</translation>
    </message>
    <message>
        <source>Cancel visit (Shift+F12)</source>
        <translation>取り消す (Shift+F12)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>担当：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Finish or cancel the current visit first.</source>
        <translation>先に現在の来庁を終了するか取り消してください。</translation>
    </message>
    <message>
        <source>Nobody is waiting. Use F3 for a resident without a reception number.</source>
        <translation>お待ちの方はいません。番号札のない方は F3 で受け付けます。</translation>
    </message>
    <message>
        <source>no visit</source>
        <translation>来庁なし</translation>
    </message>
    <message>
        <source>1 identify</source>
        <translation>1 本人確認</translation>
    </message>
    <message>
        <source>2 match</source>
        <translation>2 台帳照合</translation>
    </message>
    <message>
        <source>3 choose</source>
        <translation>3 手続き選択</translation>
    </message>
    <message>
        <source>4 forms</source>
        <translation>4 申請書</translation>
    </message>
    <message>
        <source>5 documents and fees</source>
        <translation>5 必要書類と手数料</translation>
    </message>
    <message>
        <source>6 review</source>
        <translation>6 確認</translation>
    </message>
    <message>
        <source>7 issuing</source>
        <translation>7 交付中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>来庁なし</translation>
    </message>
    <message>
        <source>Reception %1 — step %2</source>
        <translation>受付 %1 — %2</translation>
    </message>
    <message>
        <source>Accept the match (F10)</source>
        <translation>照合を確定 (F10)</translation>
    </message>
    <message>
        <source>Issue (F10)</source>
        <translation>交付 (F10)</translation>
    </message>
    <message>
        <source>Finish (F10)</source>
        <translation>終了 (F10)</translation>
    </message>
    <message>
        <source>● Online — every visit sent</source>
        <translation>● オンライン — すべて送信済み</translation>
    </message>
    <message numerus="yes">
        <source>● Online — sending %n visit(s)</source>
        <translation>
            <numerusform>● オンライン — %n 件を送信中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Offline — %n visit(s) waiting to be sent; work continues and they are sent when the line is back</source>
        <translation>
            <numerusform>● オフライン — 送信待ち %n 件。業務は続けられます。回線が戻ると送信します</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>%1 of %2 PDFs could not be opened. They are saved; print them from the terminal&apos;s document folder.</source>
        <translation>%2 件中 %1 件の PDF を開けませんでした。保存はされていますので、端末の書類フォルダーから印刷してください。</translation>
    </message>
    <message>
        <source>&amp;Stop waiting for the registry</source>
        <translation>住民記録の応答待ちを中止(&amp;S)</translation>
    </message>
    <message>
        <source>Waiting for the registry (central server)… Esc stops waiting; the screen stays usable.</source>
        <translation>住民記録（中央サーバー）の応答を待っています… Esc で待機を中止できます。画面はそのまま操作できます。</translation>
    </message>
    <message>
        <source>Recording the visit and writing the PDFs…</source>
        <translation>来庁記録を保存し、PDF を作成しています…</translation>
    </message>
    <message>
        <source>&amp;Print the chosen document again</source>
        <translation>選んだ書類を再印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open the PDFs</source>
        <translation>PDF を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Still asking the reception queue; wait a moment.</source>
        <translation>受付の順番待ちに問い合わせ中です。少しお待ちください。</translation>
    </message>
    <message>
        <source>Calling the next number…</source>
        <translation>次の番号を呼び出しています…</translation>
    </message>
    <message>
        <source>Numbering the resident…</source>
        <translation>受付番号を発行しています…</translation>
    </message>
    <message>
        <source>%1 was called, but a visit is open: call it again when it ends.</source>
        <translation>%1 を呼び出しましたが、受付中の来庁があります。終わってからもう一度呼び出してください。</translation>
    </message>
    <message>
        <source>Calling %1 to counter %2.</source>
        <translation>%1 を %2 番窓口に呼び出しています。</translation>
    </message>
    <message>
        <source>Call an &amp;interpreter / end the call</source>
        <translation>通訳を呼び出す／通話を終える(&amp;I)</translation>
    </message>
    <message>
        <source>No interpreting service is set up for the resident&apos;s language (%1).</source>
        <translation>住民の言語（%1）の通訳サービスは設定されていません。</translation>
    </message>
    <message>
        <source>End the interpreter call (Ctrl+I)</source>
        <translation>通訳の通話を終える（Ctrl+I）</translation>
    </message>
    <message>
        <source>Interpreter: %1 (Ctrl+I)</source>
        <translation>通訳：%1（Ctrl+I）</translation>
    </message>
    <message>
        <source>Issued &amp;certificate: void or reissue…</source>
        <translation>交付済み証明書の取消・再交付(&amp;C)…</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>画面をロックしました</translation>
    </message>
    <message>
        <source>&amp;Unlock (Enter)</source>
        <translation>ロック解除(&amp;U)（Enter）</translation>
    </message>
    <message>
        <source>Signed in: %1. The visit in progress is kept. Sign in again, or ask a supervisor.</source>
        <translation>サインイン中：%1。対応中の来庁はそのまま残っています。もう一度サインインするか、責任者に依頼してください。</translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation>サインインを確認しています…</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DayPage</name>
    <message>
        <source>Business day</source>
        <translation>業務日</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>業務日(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>端末(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation>職員(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;rocedure</source>
        <translation>手続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <source>Serial or reception number (Ctrl+F)</source>
        <translation>交付番号または受付番号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search by serial or reception number</source>
        <translation>交付番号・受付番号で検索</translation>
    </message>
    <message>
        <source>The day&apos;s visits</source>
        <translation>この日の来庁</translation>
    </message>
    <message>
        <source>A visit&apos;s story: choose a visit and press Enter</source>
        <translation>来庁の経過：来庁を選んでEnter</translation>
    </message>
    <message>
        <source>The visit&apos;s audit events</source>
        <translation>来庁の監査記録</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Terminal #</source>
        <translation>端末 #</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>連鎖</translation>
    </message>
    <message>
        <source>Waiting for the central database: the day&apos;s visits…</source>
        <translation>中央データベースを待っています：この日の来庁…</translation>
    </message>
    <message>
        <source>%1 of %2 visit(s) on %3</source>
        <translation>%3：%2件中 %1件</translation>
    </message>
    <message>
        <source>Waiting for the central database: the visit&apos;s story…</source>
        <translation>中央データベースを待っています：来庁の経過…</translation>
    </message>
    <message>
        <source>Visit %1 at %2, %3 (%4)</source>
        <translation>来庁 %1（%2、%3、%4）</translation>
    </message>
    <message>
        <source>%1: %2, My Number kept (sealed)</source>
        <translation>%1：%2、個人番号を保管（暗号化）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2、%3</translation>
    </message>
    <message>
        <source>reissued as %1</source>
        <translation>%1 として再交付</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>取消：%1</translation>
    </message>
    <message>
        <source>reissue of %1</source>
        <translation>%1 の再交付</translation>
    </message>
    <message>
        <source>Paid %1 (%2)</source>
        <translation>支払 %1（%2）</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at event %2: events from there on cannot be trusted.</source>
        <translation>%1 の監査記録は記録 %2 で途切れています。そこから先の記録は信頼できません。</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: intact (%n terminal(s)).</source>
        <translation>
            <numerusform>監査記録を確認しました：改ざんなし（%n 台）。</numerusform>
        </translation>
    </message>
    <message>
        <source>My Number revealed</source>
        <translation>個人番号を表示</translation>
    </message>
    <message>
        <source>after the break</source>
        <translation>途切れた後</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentsPage</name>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>クレジットカード</translation>
    </message>
    <message>
        <source>Electronic money</source>
        <translation>電子マネー</translation>
    </message>
    <message>
        <source>QR code payment</source>
        <translation>QRコード決済</translation>
    </message>
    <message>
        <source>Exempt (no fee)</source>
        <translation>免除（手数料なし）</translation>
    </message>
    <message>
        <source>Documents and fees</source>
        <translation>必要書類と手数料</translation>
    </message>
    <message>
        <source>&amp;Required documents — tick what the resident brought (Space)</source>
        <translation>必要書類(&amp;R)（お持ちのものをスペースでチェック）</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>必要書類</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>お支払い</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 選択してください —</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation>支払方法(&amp;P)</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>必要書類はありません。</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 通</translation>
    </message>
    <message>
        <source>No fee for these procedures.</source>
        <translation>これらの手続きに手数料はかかりません。</translation>
    </message>
    <message>
        <source>%L1 yen</source>
        <translation>%L1 円</translation>
    </message>
    <message>
        <source>The number on the reader&apos;s or the slip&apos;s receipt</source>
        <translation>決済端末の控えまたは伝票の番号</translation>
    </message>
    <message>
        <source>Cashless re&amp;ference (IC, QR, credit)</source>
        <translation>キャッシュレスの控え番号(&amp;F)（IC・QR・クレジット）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DonePage</name>
    <message>
        <source>Issued — hand the documents to the resident</source>
        <translation>交付完了 — 書類をお渡しください</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>交付した書類</translation>
    </message>
    <message>
        <source>%1 — serial %2, verification code %3</source>
        <translation>%1 — 交付番号 %2、照合用コード %3</translation>
    </message>
    <message>
        <source>%1 — filled in, ready to print</source>
        <translation>%1 — 記入済み、印刷できます</translation>
    </message>
    <message>
        <source>%1 — recorded; this procedure has no printed form yet</source>
        <translation>%1 — 記録しました（この手続きの印刷様式はまだありません）</translation>
    </message>
    <message>
        <source>Ctrl+P prints the chosen document again (or opens the PDFs when no printer is set); Ctrl+Shift+P opens the PDFs. F10 finishes the visit and clears both screens.</source>
        <translation>Ctrl+P で選んだ書類を再印刷します（プリンター未設定のときは PDF を開きます）。Ctrl+Shift+P で PDF を開きます。F10 で来庁を終了し、両方の画面を消去します。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FacePhotoView</name>
    <message>
        <source>Face photo from the card&apos;s chip</source>
        <translation>カードのICチップの顔写真</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FormsPage</name>
    <message>
        <source>Forms — prefilled; type only what is missing</source>
        <translation>申請書 — 入力済みです。不足分のみ入力してください</translation>
    </message>
    <message>
        <source>%1 [card]</source>
        <translation>%1［カード］</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1［%2］</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 選択してください —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 ＊</translation>
    </message>
    <message>
        <source>%1  (reveal: Ctrl+Shift+R, recorded in the audit trail)</source>
        <translation>%1（表示：Ctrl+Shift+R、監査記録に残ります）</translation>
    </message>
    <message>
        <source>All forms are complete. Continue with F10.</source>
        <translation>すべての申請書の入力が完了しました。F10 で次へ進みます。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in or correct.</source>
        <translation>
            <numerusform>未入力または要修正の項目が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Who the forms are about besides the resident</source>
        <translation>ご本人以外に書類の対象となる方</translation>
    </message>
    <message>
        <source>— nobody of the household: type the details —</source>
        <translation>— 世帯の方ではない: 入力する —</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>The deceased (亡くなった方)</source>
        <translation>亡くなった方</translation>
    </message>
    <message>
        <source>The spouse (配偶者)</source>
        <translation>配偶者</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IdentifyPage</name>
    <message>
        <source>Also read the My Number (Ctrl+M; only for procedures that lawfully need it)</source>
        <translation>個人番号も読み取る（Ctrl+M。法令で必要な手続きの場合のみ）</translation>
    </message>
    <message>
        <source>Read the card — PIN on the resident&apos;s screen (F5)</source>
        <translation>カードを読む — 暗証番号はご本人の画面で (F5)</translation>
    </message>
    <message>
        <source>照合番号B from the card face (F6)</source>
        <translation>券面の照合番号Bで読む (F6)</translation>
    </message>
    <message>
        <source>No card (F7)</source>
        <translation>カードなし (F7)</translation>
    </message>
    <message>
        <source>照合番号B</source>
        <translation>照合番号B</translation>
    </message>
    <message>
        <source>birth date YYMMDD + expiry year + security code, 14 digits</source>
        <translation>生年月日（YYMMDD）＋有効期限の西暦年＋セキュリティコードの14桁</translation>
    </message>
    <message>
        <source>照合番号&amp;B</source>
        <translation>照合番号&amp;B</translation>
    </message>
    <message>
        <source>Without a card: check an ID document, then search the registry</source>
        <translation>カードなし：本人確認書類を確認してから住民基本台帳を検索します</translation>
    </message>
    <message>
        <source>— choose the document checked —</source>
        <translation>— 確認した書類を選択 —</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>旅券（パスポート）</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Two documents (health insurance card + pension book, ...)</source>
        <translation>2点確認（健康保険証＋年金手帳など）</translation>
    </message>
    <message>
        <source>1980-02-17 or 昭和55年2月17日</source>
        <translation>1980-02-17 または 昭和55年2月17日</translation>
    </message>
    <message>
        <source>&amp;Search the registry (Enter)</source>
        <translation>住民基本台帳を検索(&amp;S)（Enter）</translation>
    </message>
    <message>
        <source>ID &amp;document</source>
        <translation>確認書類(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>生年月日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Address (optional)</source>
        <translation>住所（任意）(&amp;A)</translation>
    </message>
    <message>
        <source>Reception %1 — who is the resident?</source>
        <translation>受付 %1 — ご本人の確認</translation>
    </message>
    <message>
        <source>Ask the resident to place the My Number card on the reader, then press F5.</source>
        <translation>マイナンバーカードをリーダーに置いていただき、F5 を押してください。</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <source>The resident is typing the PIN on their own screen (tries left: %1). Do not ask for the PIN.</source>
        <translation>ご本人がご自分の画面で暗証番号を入力しています（残り %1 回）。暗証番号を聞かないでください。</translation>
    </message>
    <message>
        <source>Only one PIN try is left. The resident&apos;s screen asks them to confirm before typing; if they are unsure, use 照合番号B (F6) instead.</source>
        <translation>暗証番号の入力は残り1回です。ご本人の画面で確認してから入力していただきます。自信がない場合は照合番号B（F6）を使ってください。</translation>
    </message>
    <message>
        <source>Reading the card… the card must stay on the reader.</source>
        <translation>カードを読み取っています… カードをリーダーから離さないでください。</translation>
    </message>
    <message>
        <source>The PIN is locked. Use 照合番号B from the card face (F6), or serve without the card (F7). The resident can have the PIN reset at the My Number card counter.</source>
        <translation>暗証番号がロックされています。券面の照合番号B（F6）を使うか、カードなし（F7）で手続きしてください。暗証番号の再設定はマイナンバーカードの窓口でできます。</translation>
    </message>
    <message>
        <source>Type 照合番号B from the card face and press Enter.</source>
        <translation>券面の照合番号Bを入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Check an ID document by eye, record which one, then search by name and birth date.</source>
        <translation>本人確認書類を目視で確認し、書類の種類を記録してから、氏名と生年月日で検索してください。</translation>
    </message>
    <message>
        <source>Only one 照合番号B try is left: if it is wrong, 照合番号B is locked too. Check the digits on the card face with the resident, then press F6 to try once more, or serve without the card (F7).</source>
        <translation>照合番号Bの残り回数は1回です。間違えると照合番号Bもロックされます。券面の数字を住民の方と確認してから F6 を押してもう一度入力するか、カードを使わずに受け付けてください（F7）。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::InterpreterCall</name>
    <message>
        <source>No interpreting service is set up for this language, or the visit is not at a step where one can be called.</source>
        <translation>この言語の通訳サービスが設定されていないか、通訳を呼び出せる段階ではありません。</translation>
    </message>
    <message>
        <source>The interpreting service %1 could not be opened on this terminal.</source>
        <translation>通訳サービス %1 をこの端末で開けませんでした。</translation>
    </message>
    <message>
        <source>The interpreting service %1 could not be started: %2</source>
        <translation>通訳サービス %1 を起動できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IssuedDocumentDialog</name>
    <message>
        <source>Issued certificate — void or reissue</source>
        <translation>交付済みの証明書 — 取消・再交付</translation>
    </message>
    <message>
        <source>Find an issued certificate</source>
        <translation>交付済みの証明書を探す</translation>
    </message>
    <message>
        <source>Type its serial and press Enter, or scan the QR code printed on it.</source>
        <translation>交付番号を入力して Enter を押すか、証明書に印刷された QR コードを読み取ってください。</translation>
    </message>
    <message>
        <source>Serial or QR code</source>
        <translation>交付番号または QR コード</translation>
    </message>
    <message>
        <source>&amp;Serial or QR code</source>
        <translation>交付番号または QR コード(&amp;S)</translation>
    </message>
    <message>
        <source>Reason for the void or reissue</source>
        <translation>取消・再交付の理由</translation>
    </message>
    <message>
        <source>Reason (required; kept in the audit trail)</source>
        <translation>理由（必須・監査記録に残ります）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>証明書が選ばれていません。</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>交付番号：%1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>書類：%1</translation>
    </message>
    <message>
        <source>Issued: %1 at terminal %2 (business day %3)</source>
        <translation>交付：%1&#x3000;端末 %2（業務日 %3）</translation>
    </message>
    <message>
        <source>Copies: %1, fee %L2 yen</source>
        <translation>通数：%1&#x3000;手数料 %L2 円</translation>
    </message>
    <message>
        <source>Reissue of %1</source>
        <translation>%1 の再交付</translation>
    </message>
    <message>
        <source>Reissued as %1</source>
        <translation>%1 として再交付済み</translation>
    </message>
    <message>
        <source>State: VOID since %1 (%2)</source>
        <translation>状態：無効（%1 から。%2）</translation>
    </message>
    <message>
        <source>State: valid</source>
        <translation>状態：有効</translation>
    </message>
    <message>
        <source>Asking the central database…</source>
        <translation>中央データベースに問い合わせています…</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 が見つかりました。</translation>
    </message>
    <message>
        <source>Recording the void request…</source>
        <translation>取消の依頼を記録しています…</translation>
    </message>
    <message>
        <source>The void of %1 is requested. It stays valid until a supervisor approves.</source>
        <translation>%1 の取消を依頼しました。監督者が承認するまでは有効です。</translation>
    </message>
    <message>
        <source>Voiding…</source>
        <translation>取消しています…</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 を取消しました。</translation>
    </message>
    <message>
        <source>Reissuing…</source>
        <translation>再交付しています…</translation>
    </message>
    <message>
        <source>%1 reissued as %2 (verification code %3); the old serial is void.</source>
        <translation>%1 を %2 として再交付しました（照合用コード %3）。元の交付番号は取消されました。</translation>
    </message>
    <message>
        <source>Ask for a void — a supervisor approves (F5)</source>
        <translation>取消を依頼 — 監督者が承認（F5）</translation>
    </message>
    <message>
        <source>Void now — supervisor (F6)</source>
        <translation>直ちに取消 — 監督者（F6）</translation>
    </message>
    <message>
        <source>Reissue under a new serial — supervisor (F7)</source>
        <translation>新しい交付番号で再交付 — 監督者（F7）</translation>
    </message>
    <message>
        <source>The new paper is printed under the new serial.</source>
        <translation>新しい番号で新しい用紙を印刷します。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::KpiPage</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Cou&amp;nted per</source>
        <translation>集計単位(&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;mpute (Enter)</source>
        <translation>集計(&amp;M)（Enter）</translation>
    </message>
    <message>
        <source>Visits and procedures</source>
        <translation>来庁数と手続数</translation>
    </message>
    <message>
        <source>Visits by procedure</source>
        <translation>手続別の来庁数</translation>
    </message>
    <message>
        <source>Visits by channel</source>
        <translation>受付区分別の来庁数</translation>
    </message>
    <message>
        <source>Visits by age band</source>
        <translation>年齢層別の来庁数</translation>
    </message>
    <message>
        <source>Waiting and service time (minutes)</source>
        <translation>待ち時間と対応時間（分）</translation>
    </message>
    <message>
        <source>Identification with the My Number card</source>
        <translation>マイナンバーカードによる本人確認</translation>
    </message>
    <message>
        <source>Kiosk pre-entries used</source>
        <translation>キオスク端末の事前入力</translation>
    </message>
    <message>
        <source>Waiting for the central database: computing the KPIs…</source>
        <translation>中央データベースを待っています：業務指標を集計中…</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>来庁</translation>
    </message>
    <message>
        <source>procedures</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>service</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90%点</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>カード読取</translation>
    </message>
    <message>
        <source>other identification</source>
        <translation>その他の確認</translation>
    </message>
    <message>
        <source>from a kiosk pre-entry</source>
        <translation>キオスク事前入力から</translation>
    </message>
    <message>
        <source>at the counter only</source>
        <translation>窓口のみ</translation>
    </message>
    <message>
        <source>%1: %2 visit(s), %3 min</source>
        <translation>%1：%2 件、%3 分</translation>
    </message>
    <message>
        <source>Interpreters: %1.</source>
        <translation>通訳：%1。</translation>
    </message>
    <message>
        <source>Folder for the open data</source>
        <translation>オープンデータの保存先フォルダ</translation>
    </message>
    <message>
        <source>print/document_dir/open-data</source>
        <translation>print/document_dir/open-data</translation>
    </message>
    <message>
        <source>Op&amp;en data folder</source>
        <translation>オープンデータの保存先(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport open data of the period (CSV, JSON)</source>
        <translation>この期間のオープンデータを出力(&amp;X)（CSV・JSON）</translation>
    </message>
    <message>
        <source>Form fields filled for the resident or typed</source>
        <translation>住民に代わって記入した項目と入力した項目</translation>
    </message>
    <message>
        <source>Waiting for the central database: writing the open data…</source>
        <translation>中央データベースを待っています：オープンデータを書き出しています…</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2 and %3; %4 row(s) of fewer than %5 visits left out.</source>
        <translation>%1 行を %2 と %3 に書き出しました。来庁 %5 件未満の %4 行は除きました。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 visit(s), %4 procedure(s); card identification %5 %; kiosk pre-entries %6; waiting median %7 min, p90 %8 min; service median %9 min, p90 %10 min; form fields prefilled %11 %.</source>
        <translation>%1～%2：来庁 %3 件、手続 %4 件、カードによる本人確認 %5 %、キオスク事前入力 %6 件、待ち時間 中央値 %7 分・90パーセンタイル %8 分、応対時間 中央値 %9 分・90パーセンタイル %10 分、自動記入された項目 %11 %。</translation>
    </message>
    <message>
        <source>prefilled (no handwriting)</source>
        <translation>自動記入（手書き不要）</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MatchPage</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <source>Match with the registry</source>
        <translation>住民基本台帳との照合</translation>
    </message>
    <message>
        <source>Registry records found</source>
        <translation>見つかった住民記録</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>住民基本台帳</translation>
    </message>
    <message>
        <source>Card and registry side by side</source>
        <translation>カードと住民基本台帳の比較</translation>
    </message>
    <message>
        <source>The registry server cannot be reached. Press F5 to try again. A move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</source>
        <translation>住民基本台帳のサーバーに接続できません。F5 で再試行してください。転入届はカードの情報で受け付けられます（F8）。証明書の発行には住民基本台帳が必要です。</translation>
    </message>
    <message>
        <source>%1  %2  %3  (match %4%)</source>
        <translation>%1&#x3000;%2&#x3000;%3（一致度 %4%）</translation>
    </message>
    <message>
        <source>Checked document</source>
        <translation>確認した書類</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <source>(checked by eye)</source>
        <translation>（目視で確認）</translation>
    </message>
    <message>
        <source>— no record —</source>
        <translation>— 記録なし —</translation>
    </message>
    <message>
        <source>No registry record matches this card. For a move-in (転入) press F8 to continue as a new resident; otherwise check the card and go back (F9).</source>
        <translation>このカードに一致する住民記録はありません。転入の場合は F8 で新しい住民として進めてください。それ以外の場合はカードを確認し、F9 で戻ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ between the card and the registry: check with the resident before accepting (F10). A card not updated after a move is a common cause.</source>
        <translation>
            <numerusform>カードと住民基本台帳で %n 項目が異なります。ご本人に確認してから F10 で確定してください。転居後にカードの記載が更新されていないことがよくあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Card and registry agree. Accept with F10.</source>
        <translation>カードと住民基本台帳が一致しました。F10 で確定します。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PdfPreview</name>
    <message>
        <source>Preview of the document</source>
        <translation>書類のプレビュー</translation>
    </message>
    <message>
        <source>The preview of %1 cannot be shown; the PDF itself is kept.</source>
        <translation>%1 のプレビューを表示できません。PDF そのものは保存されています。</translation>
    </message>
    <message>
        <source>The preview cannot be shown.</source>
        <translation>プレビューを表示できません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PrintPanel</name>
    <message>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>no printed form</source>
        <translation>印刷する様式はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReviewPage</name>
    <message>
        <source>Review — the resident confirms on their screen</source>
        <translation>確認 — ご本人が画面で確認します</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 copies, %L2 yen&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 通、%L2 円&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Total %L1 yen&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;合計 %L1 円&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✓ The resident confirmed. Issue with F10.</source>
        <translation>✓ ご本人の確認が済みました。F10 で交付します。</translation>
    </message>
    <message>
        <source>Waiting for the resident to confirm on their screen…</source>
        <translation>ご本人の画面での確認をお待ちしています…</translation>
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
    <name>madoguchi::ui::SupervisorWindow</name>
    <message>
        <source>Madoguchi — supervisor</source>
        <translation>窓口 — 管理者</translation>
    </message>
    <message>
        <source>What the screen is waiting for</source>
        <translation>画面が待っているもの</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>サインイン中の職員</translation>
    </message>
    <message>
        <source>Sign in with a supervisor account</source>
        <translation>管理者のアカウントでサインインしてください</translation>
    </message>
    <message>
        <source>Staff &amp;ID</source>
        <translation>職員ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>Sign &amp;in (Enter)</source>
        <translation>サインイン(&amp;I)（Enter）</translation>
    </message>
    <message>
        <source>The &amp;day</source>
        <translation>業務日(&amp;D)</translation>
    </message>
    <message>
        <source>V&amp;oids and reissues</source>
        <translation>取消・再交付(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cash and closing</source>
        <translation>精算・締め(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>業務指標(&amp;K)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation>サインインを確認しています…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>サインイン中：%1</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>警報(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;lerts (%1)</source>
        <translation>警報(&amp;L)（%1）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VoidsPage</name>
    <message>
        <source>pending</source>
        <translation>未決</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Void requests from the counters</source>
        <translation>窓口からの取消依頼</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>表示する依頼</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Void requests</source>
        <translation>取消依頼</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>交付番号</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決定者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定理由</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>決定の理由</translation>
    </message>
    <message>
        <source>Reason for approving or refusing (required)</source>
        <translation>承認・却下の理由（必須）</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>理由(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve and void</source>
        <translation>承認して取消(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>却下(&amp;F)</translation>
    </message>
    <message>
        <source>A certificate by serial</source>
        <translation>交付番号で指定する証明書</translation>
    </message>
    <message>
        <source>Reason (required; kept in the audit trail)</source>
        <translation>理由（必須・監査記録に残ります）</translation>
    </message>
    <message>
        <source>Se&amp;rial</source>
        <translation>交付番号(&amp;R)</translation>
    </message>
    <message>
        <source>Reaso&amp;n for the void or reissue</source>
        <translation>取消・再交付の理由(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Void directly</source>
        <translation>直接取消(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;eissue under a new serial</source>
        <translation>新しい交付番号で再交付(&amp;E)</translation>
    </message>
    <message>
        <source>Waiting for the central database: void requests…</source>
        <translation>中央データベースを待っています：取消依頼…</translation>
    </message>
    <message>
        <source>Choose a request in the list first.</source>
        <translation>先に一覧から依頼を選んでください。</translation>
    </message>
    <message>
        <source>Waiting for the central database: recording the decision…</source>
        <translation>中央データベースを待っています：決定を記録中…</translation>
    </message>
    <message>
        <source>Approved: %1 is void.</source>
        <translation>承認しました：%1 は取消されました。</translation>
    </message>
    <message>
        <source>Refused: %1 stays valid.</source>
        <translation>却下しました：%1 は有効のままです。</translation>
    </message>
    <message>
        <source>Waiting for the central database: voiding…</source>
        <translation>中央データベースを待っています：取消中…</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 を取消しました。</translation>
    </message>
    <message>
        <source>Waiting for the central database: reissuing…</source>
        <translation>中央データベースを待っています：再交付中…</translation>
    </message>
    <message>
        <source>%1 reissued as %2 (verification code %3); the old serial is void.</source>
        <translation>%1 を %2 として再交付しました（照合用コード %3）。元の交付番号は取消されました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::visit::VisitWorkflow</name>
    <message>
        <source>Finish or cancel the current visit first.</source>
        <translation>先に現在の来庁を終了するか取り消してください。</translation>
    </message>
    <message>
        <source>The documents are being issued; wait until it is finished.</source>
        <translation>交付処理中です。終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>The visit was cancelled; nothing was recorded.</source>
        <translation>来庁を取り消しました。何も記録していません。</translation>
    </message>
    <message numerus="yes">
        <source>The visit was closed after %n minute(s) without activity; nothing was recorded.</source>
        <translation>
            <numerusform>%n 分間操作がなかったため来庁を終了しました。何も記録していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked. Use 照合番号B from the card face, or identify without the card.</source>
        <translation>カードの暗証番号がロックされています。券面の照合番号Bを使うか、カードなしで本人確認してください。</translation>
    </message>
    <message>
        <source>The PIN has 4 digits.</source>
        <translation>暗証番号は4桁の数字です。</translation>
    </message>
    <message>
        <source>照合番号B has 14 digits: birth date (YYMMDD), expiry year (YYYY) and the 4-digit security code.</source>
        <translation>照合番号Bは14桁です：生年月日（YYMMDD）、有効期限の西暦年（YYYY）、4桁のセキュリティコード。</translation>
    </message>
    <message>
        <source>The registry cannot be reached. Retry, or continue with the card&apos;s details for a move-in.</source>
        <translation>住民基本台帳に接続できません。再試行するか、転入の場合はカードの情報で進めてください。</translation>
    </message>
    <message>
        <source>Record which ID document you checked.</source>
        <translation>確認した本人確認書類を記録してください。</translation>
    </message>
    <message>
        <source>Check an ID document and record it before searching the registry.</source>
        <translation>住民基本台帳を検索する前に、本人確認書類を確認して記録してください。</translation>
    </message>
    <message>
        <source>Search with at least the name and the birth date.</source>
        <translation>少なくとも氏名と生年月日で検索してください。</translation>
    </message>
    <message>
        <source>The registry cannot be reached, so a resident without a card cannot be identified now. Retry in a moment, or ask the resident to come back with the My Number card.</source>
        <translation>住民基本台帳に接続できないため、カードをお持ちでない方の本人確認が今はできません。しばらくして再試行するか、マイナンバーカードをお持ちいただくようご案内してください。</translation>
    </message>
    <message>
        <source>No resident found. Check the spelling, or search with the address too.</source>
        <translation>該当する住民が見つかりません。表記を確認するか、住所も入れて検索してください。</translation>
    </message>
    <message>
        <source>Choose the registry record that belongs to this resident.</source>
        <translation>ご本人の住民記録を選んでください。</translation>
    </message>
    <message>
        <source>A resident who is not in the registry can only be served with their My Number card.</source>
        <translation>住民基本台帳にない方は、マイナンバーカードでのみ受け付けられます。</translation>
    </message>
    <message>
        <source>A resident not yet in the registry can only make a move-in notice (転入届).</source>
        <translation>住民基本台帳にまだ記録のない方が出せるのは転入届のみです。</translation>
    </message>
    <message>
        <source>Unknown life event &quot;%1&quot;.</source>
        <translation>「%1」というライフイベントはありません。</translation>
    </message>
    <message>
        <source>Unknown procedure &quot;%1&quot;.</source>
        <translation>「%1」という手続きはありません。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Type the person&apos;s birth date.</source>
        <translation>生年月日を入力してください。</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>性別を選んでください。</translation>
    </message>
    <message>
        <source>Type the relationship to the head of household (続柄), e.g. 妻, 長男.</source>
        <translation>世帯主との続柄を入力してください（例：妻、長男）。</translation>
    </message>
    <message>
        <source>Choose a life event or at least one procedure.</source>
        <translation>ライフイベントか、手続きを1つ以上選んでください。</translation>
    </message>
    <message>
        <source>List at least one person the notice concerns.</source>
        <translation>異動する方を1人以上入力してください。</translation>
    </message>
    <message>
        <source>Answer every question first: &quot;%1&quot;.</source>
        <translation>先にすべての質問に答えてください：「%1」</translation>
    </message>
    <message>
        <source>Accept or decline every proposed procedure first.</source>
        <translation>提案された手続きをそれぞれ追加するかどうか、先に選んでください。</translation>
    </message>
    <message>
        <source>A chosen procedure needs the My Number, which was not read. Type it from the card, or go back and read the card again with &quot;read the My Number&quot; ticked.</source>
        <translation>選んだ手続きには個人番号が必要ですが、読み取っていません。カードを見て入力するか、戻って「個人番号も読み取る」をオンにしてもう一度カードを読んでください。</translation>
    </message>
    <message>
        <source>The forms cannot be changed now.</source>
        <translation>今は申請書を変更できません。</translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation>この申請書にその項目はありません。</translation>
    </message>
    <message>
        <source>This comes from the card or the registry and cannot be typed over.</source>
        <translation>この項目はカードまたは住民基本台帳の内容のため、上書きできません。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is still missing.</source>
        <translation>%1：「%2」が未入力です。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1：「%2」：%3</translation>
    </message>
    <message>
        <source>From 1 to 10 copies.</source>
        <translation>通数は1から10までです。</translation>
    </message>
    <message>
        <source>Not ticked: %1. Continue again if they are not needed for this resident.</source>
        <translation>チェックされていない書類：%1。この方に不要な場合は、もう一度「次へ」を押してください。</translation>
    </message>
    <message>
        <source>Choose how the fee of %L1 yen is paid.</source>
        <translation>手数料 %L1 円の支払方法を選んでください。</translation>
    </message>
    <message>
        <source>The resident has not confirmed the forms on their screen yet.</source>
        <translation>ご本人がまだ画面で申請書を確認していません。</translation>
    </message>
    <message numerus="yes">
        <source>Issued: %n document(s).</source>
        <translation>
            <numerusform>交付しました：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No chosen procedure needs the My Number, so it is not shown.</source>
        <translation>選んだ手続きに個人番号は不要のため、表示しません。</translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting. Press F5 to ask again; a move-in can still be taken with the card&apos;s details (F8).</source>
        <translation>住民記録が応答しないため待機を中止しました。F5 で再照会できます。転入はカードの情報で受け付けられます（F8）。</translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting; nothing was looked up. Search again, or ask the resident to come back with the My Number card.</source>
        <translation>住民記録が応答しないため待機を中止しました。照会は行われていません。もう一度検索するか、マイナンバーカードを持って再来庁いただくようご案内ください。</translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting. Continue (F10) to ask for the household again.</source>
        <translation>住民記録が応答しないため待機を中止しました。F10 で世帯情報を再照会します。</translation>
    </message>
    <message>
        <source>Certificates need a registry record; choose the move-in notice (転入届) first, the certificate is then made from it.</source>
        <translation>証明書には住民記録が必要です。先に転入届を選んでください。証明書は転入届の内容から作成します。</translation>
    </message>
    <message>
        <source>The resident&apos;s pre-entry from the kiosk is in this visit; check it with them.</source>
        <translation>キオスク端末での事前入力をこの来庁に取り込みました。住民と一緒に確認してください。</translation>
    </message>
    <message>
        <source>Choose someone of the resident&apos;s household, or nobody and type the details.</source>
        <translation>世帯の方から選ぶか、「世帯の方ではない」を選んで入力してください。</translation>
    </message>
    <message>
        <source>An interpreter can be called during a visit, up to the review.</source>
        <translation>通訳は来庁の受付中（確認画面まで）に呼び出せます。</translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no seal registration (印鑑登録) for this resident. Register the seal first, or remove the procedure.</source>
        <translation>%1 は交付できません。この方の印鑑登録が住民記録にありません。先に印鑑登録をするか、この手続を外してください。</translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no tax record for this resident (no income was declared or assessed here). Remove the procedure, or ask the tax section.</source>
        <translation>%1 は交付できません。この方の課税記録が住民記録にありません（当市での申告・課税がありません）。この手続を外すか、税務担当に確認してください。</translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no light vehicle tax for this resident.</source>
        <translation>%1 は交付できません。この方の軽自動車税の記録がありません。</translation>
    </message>
    <message>
        <source>%1 is claimed by a parent for a child under 18 in the household; the registry lists no such child with this resident and the visit adds none. Remove the procedure.</source>
        <translation>%1 は、世帯の18歳未満のお子さんについて保護者が請求するものです。住民記録にこの方の世帯のお子さんがなく、この来庁でも追加されていません。この手続を外してください。</translation>
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
    <message>
        <source>A font for this language is not installed (%1).</source>
        <translation>この言語のフォントがインストールされていません（%1）。</translation>
    </message>
    <message>
        <source>A character cannot be printed with the installed fonts.</source>
        <translation>インストールされているフォントでは印刷できない文字があります。</translation>
    </message>
    <message>
        <source>The guidance does not fit on one page.</source>
        <translation>案内票が1ページに収まりません。</translation>
    </message>
</context>
<context>
    <name>printer</name>
    <message>
        <source>This procedure has no printed form; there is nothing to print.</source>
        <translation>この手続には印刷する様式がありません。印刷するものはありません。</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>form</source>
        <translation>申請書</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>番号札</translation>
    </message>
    <message>
        <source>Printer %1 is out of paper (%2). Load paper; the job then prints.</source>
        <translation>プリンター「%1」の用紙がありません（%2）。用紙を補充してください。補充すると印刷が再開されます。</translation>
    </message>
    <message>
        <source>Printer %1: the tray (%2) is missing or not pushed in. Put it back; the job then prints.</source>
        <translation>プリンター「%1」のトレイ（%2）が外れているか、奥まで入っていません。トレイを戻すと印刷が再開されます。</translation>
    </message>
    <message>
        <source>Printer %1 has a paper jam. Open it, remove the paper, close it.</source>
        <translation>プリンター「%1」で紙詰まりです。カバーを開けて詰まった用紙を取り除き、閉じてください。</translation>
    </message>
    <message>
        <source>Printer %1: a door is open. Close it; the job then prints.</source>
        <translation>プリンター「%1」の扉が開いています。閉じると印刷が再開されます。</translation>
    </message>
    <message>
        <source>Printer %1: the cover is open. Close it; the job then prints.</source>
        <translation>プリンター「%1」のカバーが開いています。閉じると印刷が再開されます。</translation>
    </message>
    <message>
        <source>Printer %1 is out of toner. Replace the cartridge.</source>
        <translation>プリンター「%1」のトナーがありません。カートリッジを交換してください。</translation>
    </message>
    <message>
        <source>Printer %1 is out of toner or ink. Replace the cartridge.</source>
        <translation>プリンター「%1」のトナーまたはインクがありません。カートリッジを交換してください。</translation>
    </message>
    <message>
        <source>Printer %1 is offline. Check that it is switched on and its cable or network is connected.</source>
        <translation>プリンター「%1」がオフラインです。電源が入っているか、ケーブルまたはネットワークがつながっているか確認してください。</translation>
    </message>
    <message>
        <source>Printer %1 does not answer. Check that it is switched on and its cable or network is connected.</source>
        <translation>プリンター「%1」が応答しません。電源が入っているか、ケーブルまたはネットワークがつながっているか確認してください。</translation>
    </message>
    <message>
        <source>Printer %1 is switched off. Switch it on; the job then prints.</source>
        <translation>プリンター「%1」の電源が切れています。電源を入れると印刷が再開されます。</translation>
    </message>
    <message>
        <source>The print queue %1 is stopped. Ask a supervisor or IT staff to resume it (cupsenable %1); the job then prints.</source>
        <translation>印刷キュー「%1」が停止しています。責任者または情報担当に再開を依頼してください（cupsenable %1）。再開すると印刷されます。</translation>
    </message>
    <message>
        <source>The record and the PDF are kept.</source>
        <translation>記録と PDF は保存されています。</translation>
    </message>
    <message>
        <source>default tray</source>
        <translation>既定のトレイ</translation>
    </message>
    <message>
        <source>The print server cannot be reached; printer %1 is not available. Ask IT staff.</source>
        <translation>印刷サーバーに接続できないため、プリンター「%1」を使えません。情報担当に連絡してください。</translation>
    </message>
    <message>
        <source>The printer %1 set for this terminal does not exist on the print server. Ask IT staff to check the printer settings.</source>
        <translation>この端末に設定されたプリンター「%1」が印刷サーバーにありません。情報担当にプリンター設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The print job on %1 was cancelled. Print it again with Ctrl+P.</source>
        <translation>「%1」の印刷ジョブが取り消されました。Ctrl+P で再印刷してください。</translation>
    </message>
    <message>
        <source>Printer %1 could not print the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</source>
        <translation>プリンター「%1」で書類を印刷できませんでした。Ctrl+P で再印刷してください。再び失敗したら情報担当に連絡してください。</translation>
    </message>
    <message>
        <source>The print job on %1 is held. Ask a supervisor to release it.</source>
        <translation>「%1」の印刷ジョブが保留されています。責任者に解除を依頼してください。</translation>
    </message>
    <message>
        <source>The print queue %1 is not accepting jobs. Ask a supervisor or IT staff (cupsaccept %1).</source>
        <translation>印刷キュー「%1」がジョブを受け付けていません。責任者または情報担当に連絡してください（cupsaccept %1）。</translation>
    </message>
    <message>
        <source>Printer %1 refused the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</source>
        <translation>プリンター「%1」が書類を受け付けませんでした。Ctrl+P で再印刷してください。再び失敗したら情報担当に連絡してください。</translation>
    </message>
    <message>
        <source>The PDF %1 is missing from the document folder; nothing was sent to the printer.</source>
        <translation>書類フォルダーに PDF %1 がありません。プリンターには何も送っていません。</translation>
    </message>
    <message>
        <source>Printer %1 has no tray &quot;%2&quot; (it has: %3), so the %4 was not printed. Ask IT staff to correct the printer settings (printer/%5_tray). The record and the PDF are kept.</source>
        <translation>プリンター「%1」にトレイ「%2」がないため（あるトレイ: %3）、%4を印刷していません。情報担当にプリンター設定（printer/%5_tray）の修正を依頼してください。記録と PDF は保存されています。</translation>
    </message>
    <message>
        <source>No printer is set for the %1: print the PDF by hand (Ctrl+Shift+P opens it).</source>
        <translation>%1のプリンターが設定されていません。PDF を手で印刷してください（Ctrl+Shift+P で開きます）。</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>「%1」に送信中…</translation>
    </message>
    <message>
        <source>In the queue of %1 (job %2)</source>
        <translation>「%1」の印刷待ち（ジョブ %2）</translation>
    </message>
    <message>
        <source>Printing on %1 (job %2)</source>
        <translation>「%1」で印刷中（ジョブ %2）</translation>
    </message>
    <message>
        <source>Printed on %1 (job %2)</source>
        <translation>「%1」で印刷済み（ジョブ %2）</translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation>印刷ジョブを取り消しました。</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>The privacy key file %1 cannot be used. Ask IT staff to check it.</source>
        <translation>個人番号の暗号鍵ファイル %1 を使用できません。情報システム担当に確認を依頼してください。</translation>
    </message>
    <message>
        <source>The privacy key file %1 can be read or changed by other accounts, so it is not used. Ask IT staff to make it readable by its owner only (chmod 600) and to check who has read it.</source>
        <translation>個人情報保護用の鍵ファイル %1 は他のアカウントから読み取りまたは変更ができる状態のため、使用しません。所有者だけが読めるようにし（chmod 600）、誰が読めたかを確認するよう情報システム担当に依頼してください。</translation>
    </message>
    <message>
        <source>The sealed My Numbers could not be sealed again; nothing was changed. Ask IT staff to check the log.</source>
        <translation>封印したマイナンバーを封印し直せませんでした。何も変更していません。情報システム担当にログの確認を依頼してください。</translation>
    </message>
    <message>
        <source>Every My Number is sealed under the new key, but the old key could not be removed from the key file. Run keys rotate again.</source>
        <translation>すべてのマイナンバーを新しい鍵で封印し直しましたが、古い鍵を鍵ファイルから削除できませんでした。もう一度 keys rotate を実行してください。</translation>
    </message>
    <message>
        <source>Every My Number at the centre is sealed under the new key, but the old key could not be removed from the centre&apos;s key file. Run the rotation again.</source>
        <translation>中央のマイナンバーはすべて新しい鍵で封印し直しましたが、中央の鍵ファイルから古い鍵を削除できませんでした。もう一度ローテーションを実行してください。</translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <source>The reception queue could not be reached. Nothing was changed; try again in a moment.</source>
        <translation>受付の順番待ちに接続できません。何も変更していません。少し待ってからもう一度操作してください。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>本日の受付番号 %1 はありません。</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be changed now (it is %2).</source>
        <translation>受付番号 %1 は今は変更できません（状態: %2）。</translation>
    </message>
    <message>
        <source>There is no counter group %1.</source>
        <translation>受付区分 %1 はありません。</translation>
    </message>
    <message>
        <source>A ticket comes from the kiosk, a clerk or a reservation.</source>
        <translation>受付番号の発行元は受付機、窓口職員、予約のいずれかです。</translation>
    </message>
    <message>
        <source>Give the counter&apos;s name.</source>
        <translation>窓口の名前を指定してください。</translation>
    </message>
    <message>
        <source>Say where the ticket goes: a group or a counter.</source>
        <translation>移す先（受付区分か窓口）を指定してください。</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>お知らせの文が空です。</translation>
    </message>
    <message>
        <source>The waiting times could not be written to %1.</source>
        <translation>待ち時間を %1 に書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>The registry cannot be searched right now. Try again, or ask IT staff.</source>
        <translation>現在、住民基本台帳を検索できません。もう一度お試しいただくか、情報システム担当に連絡してください。</translation>
    </message>
    <message>
        <source>The registry could not be stored; nothing was imported.</source>
        <translation>住民基本台帳を保存できなかったため、何も取り込みませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>ファイルに %n 件の誤りがあるため、何も取り込みませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Sign in first: this needs a staff account.</source>
        <translation>先に職員アカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a supervisor.</source>
        <translation>このアカウントではこの操作はできません。監督者に依頼してください。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>誤りが多すぎます。%n秒待ってからもう一度試してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff accounts cannot be checked: the central database is not reachable. Ask IT staff.</source>
        <translation>中央データベースに接続できないため、職員アカウントを確認できません。情報システム担当に連絡してください。</translation>
    </message>
    <message>
        <source>Staff ID or password is wrong.</source>
        <translation>職員IDまたはパスワードが違います。</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit trail. Ask IT staff.</source>
        <translation>サインインを監査記録に書き込めませんでした。情報システム担当に連絡してください。</translation>
    </message>
    <message>
        <source>The login must be 2 to 32 characters: lower-case letters a-z, digits and . _ -, starting with a letter or digit.</source>
        <translation>ログイン名は2〜32文字で、半角英小文字 a-z・数字・. _ - が使えます。先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters without spaces at either end.</source>
        <translation>氏名は1〜64文字で、前後に空白を入れないでください。</translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation>氏名に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>パスワードは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>The password must have at most 256 characters.</source>
        <translation>パスワードは256文字以下にしてください。</translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation>パスワードを空白だけにすることはできません。</translation>
    </message>
    <message>
        <source>The first staff account must be an admin (--role admin).</source>
        <translation>最初の職員アカウントは管理者（--role admin）にしてください。</translation>
    </message>
    <message>
        <source>Sign in as an admin to add staff accounts (--as LOGIN).</source>
        <translation>職員アカウントを追加するには管理者としてサインインしてください（--as ログイン名）。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation>パスワードを保護できませんでした（メモリ不足の可能性があります）。</translation>
    </message>
    <message>
        <source>The staff account could not be saved.</source>
        <translation>職員アカウントを保存できませんでした。</translation>
    </message>
    <message>
        <source>There is already a staff account with the login %1.</source>
        <translation>ログイン名 %1 の職員アカウントはすでにあります。</translation>
    </message>
    <message>
        <source>The central database is not reachable and this terminal&apos;s copy of the staff accounts is too old to sign in with. Ask IT staff to restore the connection.</source>
        <translation>中央データベースに接続できず、この端末に保存されている職員アカウントの写しは古すぎるためサインインに使えません。接続の復旧を情報システム担当に依頼してください。</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>データベース %1 を開けません。</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date.</source>
        <translation>データベース %1 を最新の状態に更新できませんでした。</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Madoguchi (version %2).</source>
        <translation>データベース %1 は新しい版の窓口システムで作成されています（バージョン %2）。</translation>
    </message>
    <message>
        <source>The central database is at schema version %1, this terminal needs %2. Ask IT staff to run: madoguchi-cli db migrate --central</source>
        <translation>中央データベースのスキーマはバージョン %1 ですが、この端末には %2 が必要です。情報システム担当に madoguchi-cli db migrate --central の実行を依頼してください。</translation>
    </message>
    <message>
        <source>The day&apos;s visits cannot be read from the central database.</source>
        <translation>中央データベースから当日の来庁記録を読み取れません。</translation>
    </message>
    <message>
        <source>The catalogue could not be published to the central database.</source>
        <translation>手続カタログを中央データベースに登録できませんでした。</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>The central database cannot be reached or refused the change. Nothing was changed.</source>
        <translation>中央データベースに接続できないか、変更が拒否されました。何も変更していません。</translation>
    </message>
    <message>
        <source>No certificate %1 is known at the centre. Check the serial; a certificate issued moments ago may not be synced yet.</source>
        <translation>証明書 %1 は中央に登録されていません。交付番号を確認してください。交付直後の証明書はまだ同期されていないことがあります。</translation>
    </message>
    <message>
        <source>The day %1 is closed. Reopen it (with a reason) to change it.</source>
        <translation>%1 は締め済みです。変更するには理由を付けて締めを解除してください。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>理由を入力してください。</translation>
    </message>
    <message>
        <source>certificate lookup</source>
        <translation>証明書の照会</translation>
    </message>
    <message>
        <source>The lookup could not be recorded in the audit trail, so it is not shown.</source>
        <translation>照会を監査記録に残せなかったため、表示しません。</translation>
    </message>
    <message>
        <source>Certificate %1 is already void.</source>
        <translation>証明書 %1 はすでに取消済みです。</translation>
    </message>
    <message>
        <source>A void of %1 has already been requested and waits for a supervisor.</source>
        <translation>%1 の取消はすでに申請済みで、管理者の承認を待っています。</translation>
    </message>
    <message>
        <source>The void request could not be saved on this terminal.</source>
        <translation>取消申請をこの端末に保存できませんでした。</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>この申請はすでに処理済みです。</translation>
    </message>
    <message>
        <source>Certificate %1 is unknown or already void.</source>
        <translation>証明書 %1 は存在しないか、すでに取消済みです。</translation>
    </message>
    <message>
        <source>The void could not be recorded in the audit trail, so it was not made.</source>
        <translation>取消を監査記録に残せなかったため、取消していません。</translation>
    </message>
    <message>
        <source>No such void request.</source>
        <translation>該当する取消申請はありません。</translation>
    </message>
    <message>
        <source>The answer could not be recorded in the audit trail, so it was not given.</source>
        <translation>判断を監査記録に残せなかったため、処理していません。</translation>
    </message>
    <message>
        <source>This terminal has no identifier. Ask IT staff to set terminal/id.</source>
        <translation>この端末には識別子がありません。情報システム担当に terminal/id の設定を依頼してください。</translation>
    </message>
    <message>
        <source>Certificate %1 was already reissued as %2.</source>
        <translation>証明書 %1 はすでに %2 として再交付されています。</translation>
    </message>
    <message>
        <source>No new serial could be taken on this terminal.</source>
        <translation>この端末で新しい交付番号を取得できませんでした。</translation>
    </message>
    <message>
        <source>Reissued as %1: %2</source>
        <translation>%1 として再交付: %2</translation>
    </message>
    <message>
        <source>The reissue could not be recorded in the audit trail, so it was not made.</source>
        <translation>再交付を監査記録に残せなかったため、再交付していません。</translation>
    </message>
    <message>
        <source>The visit cannot be read from the central database.</source>
        <translation>中央データベースから来庁記録を読めません。</translation>
    </message>
    <message>
        <source>No visit %1 is known at the centre.</source>
        <translation>来庁 %1 は中央に登録されていません。</translation>
    </message>
    <message>
        <source>The reading could not be recorded in the audit trail, so it is not shown.</source>
        <translation>閲覧を監査記録に残せなかったため、表示しません。</translation>
    </message>
    <message>
        <source>Give the terminal and the day.</source>
        <translation>端末と業務日を指定してください。</translation>
    </message>
    <message>
        <source>%1 yen × %2 is not a possible count.</source>
        <translation>%1 円 × %2 は有効な枚数ではありません。</translation>
    </message>
    <message>
        <source>The counted cash (%1 yen) differs from the recorded cash (%2 yen) by %3 yen: give the reason.</source>
        <translation>数えた現金（%1 円）が記録上の現金（%2 円）と %3 円異なります。理由を入力してください。</translation>
    </message>
    <message>
        <source>The count could not be recorded in the audit trail, so it was not kept.</source>
        <translation>計数を監査記録に残せなかったため、保存していません。</translation>
    </message>
    <message>
        <source>Count the cash of %1 before closing the day.</source>
        <translation>締める前に %1 の現金を数えてください。</translation>
    </message>
    <message>
        <source>Closing could not be recorded in the audit trail, so the day stays open.</source>
        <translation>締めを監査記録に残せなかったため、締めていません。</translation>
    </message>
    <message>
        <source>The day %1 is not closed.</source>
        <translation>%1 は締められていません。</translation>
    </message>
    <message>
        <source>The reopening could not be recorded in the audit trail, so the day stays closed.</source>
        <translation>締めの解除を監査記録に残せなかったため、締めたままです。</translation>
    </message>
    <message>
        <source>Set the municipality&apos;s five-digit code and name (office/municipality_code, office/municipality_name).</source>
        <translation>自治体の5桁のコードと名称（office/municipality_code、office/municipality_name）を設定してください。</translation>
    </message>
    <message>
        <source>Give a valid period.</source>
        <translation>正しい期間を指定してください。</translation>
    </message>
    <message>
        <source>The figures cannot be read from the central database.</source>
        <translation>中央データベースから集計を読めません。</translation>
    </message>
    <message>
        <source>Only a supervisor account opens supervisor mode.</source>
        <translation>管理者モードは管理者のアカウントでのみ使えます。</translation>
    </message>
    <message>
        <source>The scanned QR code does not belong to certificate %1: its verification code differs. The paper may be forged or altered; keep it and tell a supervisor.</source>
        <translation>読み取った QR コードは証明書 %1 のものではありません（照合コードが違います）。偽造または改ざんのおそれがあります。証明書を預かり、監督者に知らせてください。</translation>
    </message>
    <message>
        <source>The municipality code (office/municipality_code) must be five digits.</source>
        <translation>団体コード（office/municipality_code）は5桁の数字で設定してください。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so it is not written.</source>
        <translation>出力を監査ログに記録できなかったため、書き出していません。</translation>
    </message>
    <message>
        <source>The alerts cannot be read from the central database.</source>
        <translation>中央データベースから警報を読み込めません。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The central database cannot be reached. Visits are kept on this terminal and will be sent later.</source>
        <translation>中央データベースに接続できません。来庁記録はこの端末に保存され、接続が戻ると送信されます。</translation>
    </message>
    <message>
        <source>This terminal&apos;s audit trail does not match the centre&apos;s copy. Nothing more is sent; the supervisor has been alerted.</source>
        <translation>この端末の監査記録が中央の写しと一致しません。これ以上は送信せず、係長に警報を出しました。</translation>
    </message>
    <message numerus="yes">
        <source>the central database refused %n record(s); they are kept and tried again</source>
        <translation>
            <numerusform>中央データベースが %n 件の記録を拒否しました。記録は保持し、再送信します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused again and again were set aside on this terminal (madoguchi-cli sync set-aside); the supervisor is alerted</source>
        <translation>
            <numerusform>繰り返し拒否された %n 件の記録をこの端末で保留しました（madoguchi-cli sync set-aside）。監督者に警報を送りました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ from what the central database already holds and were not sent; the supervisor is alerted</source>
        <translation>
            <numerusform>%n 件の記録が中央データベースの内容と異なるため送信しませんでした。監督者に警報を送りました</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre knows another terminal under this terminal&apos;s id. Nothing is sent; the supervisor has been alerted. Ask IT staff to check that the terminal id (terminal/id) is unique, or to re-enrol a reinstalled terminal (madoguchi-cli central re-enrol-terminal).</source>
        <translation>中央はこの端末の ID で別の端末を登録しています。何も送信していません。監督者に警報を出しました。端末 ID（terminal/id）が重複していないか、再インストールした端末であれば再登録（madoguchi-cli central re-enrol-terminal）を、情報システム担当に依頼してください。</translation>
    </message>
</context>
</TS>
