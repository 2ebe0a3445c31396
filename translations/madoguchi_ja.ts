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
