<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CardError</name>
    <message>
        <source>The card reader service (pcscd) is not running. Please contact IT staff.</source>
        <translation>The card reader service (pcscd) is not running. Please contact IT staff.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please check the reader&apos;s cable.</source>
        <translation>No card reader is connected. Please check the reader&apos;s cable.</translation>
    </message>
    <message>
        <source>No card is on the reader. Please place the card.</source>
        <translation>No card is on the reader. Please place the card.</translation>
    </message>
    <message>
        <source>Another program is using the card. Please close it and try again.</source>
        <translation>Another program is using the card. Please close it and try again.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please check the card.</source>
        <translation>This card is not a My Number card. Please check the card.</translation>
    </message>
    <message>
        <source>Verification code B is locked. Please guide the resident to the card counter.</source>
        <translation>Verification code B is locked. Please guide the resident to the card counter.</translation>
    </message>
    <message>
        <source>The PIN is locked. Please guide the resident to the card counter to reset it.</source>
        <translation>The PIN is locked. Please guide the resident to the card counter to reset it.</translation>
    </message>
    <message>
        <source>Only one try of verification code B is left. Confirm before trying.</source>
        <translation>Only one try of verification code B is left. Confirm before trying.</translation>
    </message>
    <message>
        <source>Only one PIN try is left. A wrong PIN will lock the card. Confirm with the resident before trying.</source>
        <translation>Only one PIN try is left. A wrong PIN will lock the card. Confirm with the resident before trying.</translation>
    </message>
    <message>
        <source>The card was removed during reading. Please place it again and read again.</source>
        <translation>The card was removed during reading. Please place it again and read again.</translation>
    </message>
    <message>
        <source>The card did not answer in time. Please place it again.</source>
        <translation>The card did not answer in time. Please place it again.</translation>
    </message>
    <message>
        <source>The data on the card could not be read correctly. Please check the card face.</source>
        <translation>The data on the card could not be read correctly. Please check the card face.</translation>
    </message>
    <message>
        <source>Verification code B must be 14 digits.</source>
        <translation>Verification code B must be 14 digits.</translation>
    </message>
    <message>
        <source>The PIN must be 4 digits.</source>
        <translation>The PIN must be 4 digits.</translation>
    </message>
    <message>
        <source>The card refused the request. Please place it again and retry.</source>
        <translation>The card refused the request. Please place it again and retry.</translation>
    </message>
    <message>
        <source>Communication with the card reader failed. Please place the card again.</source>
        <translation>Communication with the card reader failed. Please place the card again.</translation>
    </message>
    <message>
        <source>The verification code B does not match.</source>
        <translation>The verification code B does not match.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>The PIN is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>The verification code B does not match. Tries left: %n.</source>
        <translation>
            <numerusform>The verification code B does not match. Tries left: %n.</numerusform>
            <numerusform>The verification code B does not match. Tries left: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. Tries left: %n.</source>
        <translation>
            <numerusform>The PIN is wrong. Tries left: %n.</numerusform>
            <numerusform>The PIN is wrong. Tries left: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Log debug details to standard error and the log file.</source>
        <translation>Log debug details to standard error and the log file.</translation>
    </message>
    <message>
        <source>Read settings from &lt;file&gt; instead of the default.</source>
        <translation>Read settings from &lt;file&gt; instead of the default.</translation>
    </message>
    <message>
        <source>Interface language: ja or en.</source>
        <translation>Interface language: ja or en.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Madoguchi no-handwriting counter terminal.</source>
        <translation>Madoguchi no-handwriting counter terminal.</translation>
    </message>
    <message>
        <source>What this terminal is: counter, supervisor, kiosk or signage.</source>
        <translation>What this terminal is: counter, supervisor, kiosk or signage.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unknown mode &quot;%1&quot;; choose one of: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show card readers and database state.</source>
        <translation>Show card readers and database state.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Madoguchi counter terminal, command-line tools.</source>
        <translation>Madoguchi counter terminal, command-line tools.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation>PC/SC service: not running (%1)</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation>
            <numerusform>PC/SC service: running, %n reader</numerusform>
            <numerusform>PC/SC service: running, %n readers</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the My Number card: readers, status, read, diag.</source>
        <translation>Read the My Number card: readers, status, read, diag.</translation>
    </message>
    <message>
        <source>PIN (4 digits): </source>
        <translation>PIN (4 digits): </translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>no limit reported</source>
        <translation>no limit reported</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>in use by another program</source>
        <translation>in use by another program</translation>
    </message>
    <message>
        <source>card does not answer</source>
        <translation>card does not answer</translation>
    </message>
    <message>
        <source>--with-my-number cannot be combined with --code-b: verification code B does not open the My Number.</source>
        <translation>--with-my-number cannot be combined with --code-b: verification code B does not open the My Number.</translation>
    </message>
    <message>
        <source>No PIN was given on standard input.</source>
        <translation>No PIN was given on standard input.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Birth date: %1</translation>
    </message>
    <message>
        <source>Sex: %1 (%2)</source>
        <translation>Sex: %1 (%2)</translation>
    </message>
    <message>
        <source>My Number: %1</source>
        <translation>My Number: %1</translation>
    </message>
    <message>
        <source>Madoguchi card reader report</source>
        <translation>Madoguchi card reader report</translation>
    </message>
    <message>
        <source>Settings: card/reader = &quot;%1&quot;, card/simulated = %2, card/persona = %3</source>
        <translation>Settings: card/reader = &quot;%1&quot;, card/simulated = %2, card/persona = %3</translation>
    </message>
    <message>
        <source>Card source for the next read: %1 (%2)</source>
        <translation>Card source for the next read: %1 (%2)</translation>
    </message>
    <message>
        <source>simulated card</source>
        <translation>simulated card</translation>
    </message>
    <message>
        <source>PC/SC reader</source>
        <translation>PC/SC reader</translation>
    </message>
    <message>
        <source>PC/SC service (pcscd): not reachable — %1</source>
        <translation>PC/SC service (pcscd): not reachable — %1</translation>
    </message>
    <message>
        <source>PC/SC service (pcscd): reachable</source>
        <translation>PC/SC service (pcscd): reachable</translation>
    </message>
    <message numerus="yes">
        <source>Readers: %n</source>
        <translation>
            <numerusform>Readers: %n</numerusform>
            <numerusform>Readers: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>JPKI token: %1</source>
        <translation>JPKI token: %1</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(not readable)</translation>
    </message>
    <message>
        <source>Verdict: My Number card</source>
        <translation>Verdict: My Number card</translation>
    </message>
    <message>
        <source>Verdict: not a My Number card</source>
        <translation>Verdict: not a My Number card</translation>
    </message>
    <message>
        <source>Read the My Number card.</source>
        <translation>Read the My Number card.</translation>
    </message>
    <message>
        <source>Subcommands: readers, status, read, diag</source>
        <translation>Subcommands: readers, status, read, diag</translation>
    </message>
    <message>
        <source>readers | status | read | diag</source>
        <translation>readers | status | read | diag</translation>
    </message>
    <message>
        <source>read: also read the My Number (only for procedures that need it)</source>
        <translation>read: also read the My Number (only for procedures that need it)</translation>
    </message>
    <message>
        <source>read: use verification code B (14 digits) instead of the PIN</source>
        <translation>read: use verification code B (14 digits) instead of the PIN</translation>
    </message>
    <message>
        <source>read: allow the VERIFY when only one try is left</source>
        <translation>read: allow the VERIFY when only one try is left</translation>
    </message>
    <message>
        <source>read: print one JSON object</source>
        <translation>read: print one JSON object</translation>
    </message>
    <message>
        <source>the PC/SC reader to use (default: card/reader)</source>
        <translation>the PC/SC reader to use (default: card/reader)</translation>
    </message>
    <message>
        <source>Give one subcommand: readers, status, read or diag.</source>
        <translation>Give one subcommand: readers, status, read or diag.</translation>
    </message>
    <message>
        <source>Unknown subcommand: %1</source>
        <translation>Unknown subcommand: %1</translation>
    </message>
    <message>
        <source>0 (locked)</source>
        <translation>0 (locked)</translation>
    </message>
    <message>
        <source>PIN tries left: %1</source>
        <translation>PIN tries left: %1</translation>
    </message>
    <message>
        <source>Verification code A tries left: %1</source>
        <translation>Verification code A tries left: %1</translation>
    </message>
    <message>
        <source>Verification code B tries left: %1</source>
        <translation>Verification code B tries left: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StatusWindow</name>
    <message>
        <source>%1: available (%2, %3)</source>
        <translation>%1: available (%2, %3)</translation>
    </message>
    <message>
        <source>%1: checking… (%2)</source>
        <translation>%1: checking… (%2)</translation>
    </message>
    <message>
        <source>%1: not available (%2). Check the setting and the network; details are in the log.</source>
        <translation>%1: not available (%2). Check the setting and the network; details are in the log.</translation>
    </message>
    <message>
        <source>Madoguchi — terminal status</source>
        <translation>Madoguchi — terminal status</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Madoguchi %1 — data: %2</source>
        <translation>Madoguchi %1 — data: %2</translation>
    </message>
    <message>
        <source>Looking for the card reader service…</source>
        <translation>Looking for the card reader service…</translation>
    </message>
    <message>
        <source>The card reader service (pcscd) is not running. A simulated card is used until it starts.</source>
        <translation>The card reader service (pcscd) is not running. A simulated card is used until it starts.</translation>
    </message>
    <message numerus="yes">
        <source>The card reader service is running: %n reader(s) attached.</source>
        <translation>
            <numerusform>The card reader service is running: %n reader attached.</numerusform>
            <numerusform>The card reader service is running: %n readers attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card does not answer: take it out and place it again</source>
        <translation>Card does not answer: take it out and place it again</translation>
    </message>
    <message>
        <source>Card present, in use by another program</source>
        <translation>Card present, in use by another program</translation>
    </message>
    <message>
        <source>Card present</source>
        <translation>Card present</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>No card</translation>
    </message>
    <message>
        <source>%1 (selected in settings)</source>
        <translation>%1 (selected in settings)</translation>
    </message>
    <message>
        <source>No reader is attached: a simulated card is used (demo mode).</source>
        <translation>No reader is attached: a simulated card is used (demo mode).</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>A card is on the reader.</translation>
    </message>
    <message>
        <source>Place a My Number card on the reader.</source>
        <translation>Place a My Number card on the reader.</translation>
    </message>
    <message>
        <source>This terminal&apos;s database</source>
        <translation>This terminal&apos;s database</translation>
    </message>
    <message>
        <source>Central database (built-in)</source>
        <translation>Central database (built-in)</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
</context>
</TS>
