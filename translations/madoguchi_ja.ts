<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
        <source>Subcommands: readers, status, read, diag</source>
        <translation>サブコマンド：readers、status、read、diag</translation>
    </message>
    <message>
        <source>readers | status | read | diag</source>
        <translation>readers | status | read | diag</translation>
    </message>
    <message>
        <source>read: also read the My Number (only for procedures that need it)</source>
        <translation>read：個人番号も読み取る（必要な手続きに限る）</translation>
    </message>
    <message>
        <source>read: use verification code B (14 digits) instead of the PIN</source>
        <translation>read：暗証番号の代わりに照合番号B（14桁）を使う</translation>
    </message>
    <message>
        <source>read: allow the VERIFY when only one try is left</source>
        <translation>read：残り回数が1回でも照合を行う</translation>
    </message>
    <message>
        <source>read: print one JSON object</source>
        <translation>read：結果をJSONオブジェクト1つで出力する</translation>
    </message>
    <message>
        <source>the PC/SC reader to use (default: card/reader)</source>
        <translation>使用するPC/SCカードリーダー（既定：card/reader の設定）</translation>
    </message>
    <message>
        <source>Give one subcommand: readers, status, read or diag.</source>
        <translation>サブコマンドを1つ指定してください：readers、status、read、diag</translation>
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
</TS>
