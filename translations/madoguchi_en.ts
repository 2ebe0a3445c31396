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
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1, follow-up rule &quot;%2&quot;</source>
        <translation>%1, follow-up rule &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, follow-up rule &quot;%2&quot;, field &quot;%3&quot;</source>
        <translation>%1, follow-up rule &quot;%2&quot;, field &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, procedure &quot;%2&quot;</source>
        <translation>%1, procedure &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, procedure &quot;%2&quot;, field &quot;%3&quot;</source>
        <translation>%1, procedure &quot;%2&quot;, field &quot;%3&quot;</translation>
    </message>
    <message>
        <source>In %1: &quot;%2&quot; is missing or not valid.</source>
        <translation>In %1: &quot;%2&quot; is missing or not valid.</translation>
    </message>
    <message>
        <source>In %1: &quot;%2&quot; is not a known item. Check the spelling.</source>
        <translation>In %1: &quot;%2&quot; is not a known item. Check the spelling.</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read as JSON.</source>
        <translation>The catalogue file %1 cannot be read as JSON.</translation>
    </message>
    <message>
        <source>The catalogue file %1 has an unsupported format. This version of Madoguchi reads format 1.</source>
        <translation>The catalogue file %1 has an unsupported format. This version of Madoguchi reads format 1.</translation>
    </message>
    <message>
        <source>In %1, procedure &quot;%2&quot;: the field ID &quot;%3&quot; is used more than once.</source>
        <translation>In %1, procedure &quot;%2&quot;: the field ID &quot;%3&quot; is used more than once.</translation>
    </message>
    <message>
        <source>In %1: the procedure ID &quot;%2&quot; is used more than once.</source>
        <translation>In %1: the procedure ID &quot;%2&quot; is used more than once.</translation>
    </message>
    <message>
        <source>In %1, procedure &quot;%2&quot;: a My Number field is allowed only when the procedure lawfully requires the My Number (my_number_required).</source>
        <translation>In %1, procedure &quot;%2&quot;: a My Number field is allowed only when the procedure lawfully requires the My Number (my_number_required).</translation>
    </message>
    <message>
        <source>In %1, follow-up rule &quot;%2&quot;: there is no life event &quot;%3&quot;.</source>
        <translation>In %1, follow-up rule &quot;%2&quot;: there is no life event &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>In %1, follow-up rule &quot;%2&quot;: there is no procedure &quot;%3&quot;.</source>
        <translation>In %1, follow-up rule &quot;%2&quot;: there is no procedure &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No catalogue files were found.</source>
        <translation>No catalogue files were found.</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read.</source>
        <translation>The catalogue file %1 cannot be read.</translation>
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
    <name>CsvReader</name>
    <message>
        <source>The file is not in UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>The file is not in UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again.</translation>
    </message>
    <message>
        <source>A double quote (&quot;) appears inside a value. Enclose the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</source>
        <translation>A double quote (&quot;) appears inside a value. Enclose the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>There are characters after the closing double quote of a value. Enclose the whole value in double quotes.</source>
        <translation>There are characters after the closing double quote of a value. Enclose the whole value in double quotes.</translation>
    </message>
    <message>
        <source>A value that starts with a double quote (&quot;) is never closed. Add the closing double quote.</source>
        <translation>A value that starts with a double quote (&quot;) is never closed. Add the closing double quote.</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation>Enter %1 or more.</translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation>Enter %1 or less.</translation>
    </message>
    <message>
        <source>This item is required.</source>
        <translation>This item is required.</translation>
    </message>
    <message>
        <source>Enter this in full-width katakana.</source>
        <translation>Enter this in full-width katakana.</translation>
    </message>
    <message>
        <source>Enter a phone number in half-width digits, for example 0422-60-1800.</source>
        <translation>Enter a phone number in half-width digits, for example 0422-60-1800.</translation>
    </message>
    <message>
        <source>This item is too long.</source>
        <translation>This item is too long.</translation>
    </message>
    <message>
        <source>This item is not in the expected form.</source>
        <translation>This item is not in the expected form.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message>
        <source>Enter a whole number in half-width digits.</source>
        <translation>Enter a whole number in half-width digits.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <source>Enter the postal code as 7 half-width digits, for example 180-0001.</source>
        <translation>Enter the postal code as 7 half-width digits, for example 180-0001.</translation>
    </message>
    <message>
        <source>The My Number is not valid. Check the 12 digits.</source>
        <translation>The My Number is not valid. Check the 12 digits.</translation>
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
    <name>RegistryCsv</name>
    <message>
        <source>This item is required. Enter a value.</source>
        <translation>This item is required. Enter a value.</translation>
    </message>
    <message>
        <source>This item contains a control character or an invalid character. Remove it.</source>
        <translation>This item contains a control character or an invalid character. Remove it.</translation>
    </message>
    <message>
        <source>This item must not start with =, +, - or @.</source>
        <translation>This item must not start with =, +, - or @.</translation>
    </message>
    <message>
        <source>This item is too long (200 characters at most).</source>
        <translation>This item is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>A name may contain only letters, kana and kanji (no digits or symbols).</source>
        <translation>A name may contain only letters, kana and kanji (no digits or symbols).</translation>
    </message>
    <message>
        <source>Enter the reading in full-width katakana (for example ヤマダ).</source>
        <translation>Enter the reading in full-width katakana (for example ヤマダ).</translation>
    </message>
    <message>
        <source>Enter a valid date as YYYY-MM-DD (for example 1980-02-17).</source>
        <translation>Enter a valid date as YYYY-MM-DD (for example 1980-02-17).</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>This date is too far in the past.</translation>
    </message>
    <message>
        <source>An identifier may contain only half-width letters, digits, - and _ (32 characters at most).</source>
        <translation>An identifier may contain only half-width letters, digits, - and _ (32 characters at most).</translation>
    </message>
    <message>
        <source>Enter the amount in yen as half-width digits without commas.</source>
        <translation>Enter the amount in yen as half-width digits without commas.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row and at least one record.</source>
        <translation>The file is empty. It needs a header row and at least one record.</translation>
    </message>
    <message>
        <source>The file has a header row but no records.</source>
        <translation>The file has a header row but no records.</translation>
    </message>
    <message>
        <source>There are too many errors; only the first 500 are shown. Check that this is the right file.</source>
        <translation>There are too many errors; only the first 500 are shown. Check that this is the right file.</translation>
    </message>
    <message>
        <source>The header row has an unknown column name. See the import format.</source>
        <translation>The header row has an unknown column name. See the import format.</translation>
    </message>
    <message>
        <source>The header row names the same column twice.</source>
        <translation>The header row names the same column twice.</translation>
    </message>
    <message>
        <source>The header row has no &quot;record&quot; column. The first row must be the header row.</source>
        <translation>The header row has no &quot;record&quot; column. The first row must be the header row.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Check for a missing or extra comma.</source>
        <translation>This row has %1 values but the header row has %2 columns. Check for a missing or extra comma.</translation>
    </message>
    <message>
        <source>The record type must be household, resident, seal or tax.</source>
        <translation>The record type must be household, resident, seal or tax.</translation>
    </message>
    <message>
        <source>This column must be empty for this record type.</source>
        <translation>This column must be empty for this record type.</translation>
    </message>
    <message>
        <source>Enter the postal code as 7 half-width digits, for example 180-0001 or 1800001.</source>
        <translation>Enter the postal code as 7 half-width digits, for example 180-0001 or 1800001.</translation>
    </message>
    <message>
        <source>This household ID is already used on line %1.</source>
        <translation>This household ID is already used on line %1.</translation>
    </message>
    <message>
        <source>Enter the reading of the given name.</source>
        <translation>Enter the reading of the given name.</translation>
    </message>
    <message>
        <source>Sex must be 1 (male), 2 (female) or 9 (not applicable).</source>
        <translation>Sex must be 1 (male), 2 (female) or 9 (not applicable).</translation>
    </message>
    <message>
        <source>The date of becoming a resident is before the date of birth.</source>
        <translation>The date of becoming a resident is before the date of birth.</translation>
    </message>
    <message>
        <source>The status must be active, moved_out or deceased (empty means active).</source>
        <translation>The status must be active, moved_out or deceased (empty means active).</translation>
    </message>
    <message>
        <source>This resident ID is already used on line %1.</source>
        <translation>This resident ID is already used on line %1.</translation>
    </message>
    <message>
        <source>The same person (same household, name and date of birth) is already on line %1.</source>
        <translation>The same person (same household, name and date of birth) is already on line %1.</translation>
    </message>
    <message>
        <source>This seal registration number is already used on line %1.</source>
        <translation>This seal registration number is already used on line %1.</translation>
    </message>
    <message>
        <source>This resident already has a registered seal on line %1. A person can register one seal.</source>
        <translation>This resident already has a registered seal on line %1. A person can register one seal.</translation>
    </message>
    <message>
        <source>Enter the fiscal year as a 4-digit Western year between 1989 and 2100.</source>
        <translation>Enter the fiscal year as a 4-digit Western year between 1989 and 2100.</translation>
    </message>
    <message>
        <source>The amount paid is larger than the tax assessed.</source>
        <translation>The amount paid is larger than the tax assessed.</translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s number plate when there is light vehicle tax.</source>
        <translation>Enter the vehicle&apos;s number plate when there is light vehicle tax.</translation>
    </message>
    <message>
        <source>This resident already has a tax record for this fiscal year on line %1.</source>
        <translation>This resident already has a tax record for this fiscal year on line %1.</translation>
    </message>
    <message>
        <source>There is no household with this ID in the file.</source>
        <translation>There is no household with this ID in the file.</translation>
    </message>
    <message>
        <source>There is no resident with this ID in the file.</source>
        <translation>There is no resident with this ID in the file.</translation>
    </message>
    <message>
        <source>The head of household must be a member of this household.</source>
        <translation>The head of household must be a member of this household.</translation>
    </message>
    <message>
        <source>The head of household&apos;s relationship must be 世帯主 or 本人.</source>
        <translation>The head of household&apos;s relationship must be 世帯主 or 本人.</translation>
    </message>
    <message>
        <source>Only the head of household can have the relationship 世帯主 or 本人.</source>
        <translation>Only the head of household can have the relationship 世帯主 or 本人.</translation>
    </message>
    <message>
        <source>A seal can be registered only by a person aged 15 or over on the registration date.</source>
        <translation>A seal can be registered only by a person aged 15 or over on the registration date.</translation>
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
        <source>Render a document template to PDF; list the templates.</source>
        <translation>Render a document template to PDF; list the templates.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>List the document templates.</source>
        <translation>List the document templates.</translation>
    </message>
    <message>
        <source>With --list-templates: print a JSON array.</source>
        <translation>With --list-templates: print a JSON array.</translation>
    </message>
    <message>
        <source>The template to render.</source>
        <translation>The template to render.</translation>
    </message>
    <message>
        <source>JSON file with the document&apos;s data.</source>
        <translation>JSON file with the document&apos;s data.</translation>
    </message>
    <message>
        <source>Use the template&apos;s own fictitious sample data.</source>
        <translation>Use the template&apos;s own fictitious sample data.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number.</source>
        <translation>The certificate&apos;s serial number.</translation>
    </message>
    <message>
        <source>The certificate&apos;s verification code.</source>
        <translation>The certificate&apos;s verification code.</translation>
    </message>
    <message>
        <source>Give --template and --out, and either --data FILE or --sample.</source>
        <translation>Give --template and --out, and either --data FILE or --sample.</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>Cannot read the data file %1: %2</translation>
    </message>
    <message>
        <source>The data file %1 is not a JSON object: %2 (at byte %3). Nothing was written.</source>
        <translation>The data file %1 is not a JSON object: %2 (at byte %3). Nothing was written.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
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
        <source>0 (locked)</source>
        <translation>0 (locked)</translation>
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
        <source>Create or update the databases: db init|migrate [--central URL].</source>
        <translation>Log debug details to standard error and the log file.</translation>
    </message>
    <message>
        <source>Add a staff account: staff add --login L --name N --role R.</source>
        <translation>Add a staff account: staff add --login L --name N --role R.</translation>
    </message>
    <message>
        <source>Send waiting visits to the central database [--once].</source>
        <translation>Send waiting visits to the central database [--once].</translation>
    </message>
    <message>
        <source>Check the audit trail: audit verify.</source>
        <translation>Check the audit trail: audit verify.</translation>
    </message>
    <message>
        <source>Check a certificate&apos;s verification code.</source>
        <translation>Check a certificate&apos;s verification code.</translation>
    </message>
    <message>
        <source>Statistics as CSV: export --from DATE --to DATE.</source>
        <translation>Statistics as CSV: export --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>Import the registry: registry import FILE.csv.</source>
        <translation>Import the registry: registry import FILE.csv.</translation>
    </message>
    <message>
        <source>Record simulated visits: simulate --visits N.</source>
        <translation>Record simulated visits: simulate --visits N.</translation>
    </message>
    <message>
        <source>The procedures catalogue in this build is invalid.</source>
        <translation>%1, follow-up rule &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: schema version %2 → %3 (%4)</source>
        <translation>%1: schema version %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>init or migrate</source>
        <translation>init or migrate</translation>
    </message>
    <message>
        <source>Only the central store at this postgresql:// URL.</source>
        <translation>Only the central store at this postgresql:// URL.</translation>
    </message>
    <message>
        <source>Stop at this schema version (for testing upgrades).</source>
        <translation>Stop at this schema version (for testing upgrades).</translation>
    </message>
    <message>
        <source>Create or update the terminal&apos;s and the central schema.</source>
        <translation>Create or update the terminal&apos;s and the central schema.</translation>
    </message>
    <message>
        <source>Say init or migrate.</source>
        <translation>Say init or migrate.</translation>
    </message>
    <message>
        <source>--to needs a schema version number.</source>
        <translation>--to needs a schema version number.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>Login name.</translation>
    </message>
    <message>
        <source>Name as shown on screens.</source>
        <translation>Name as shown on screens.</translation>
    </message>
    <message>
        <source>clerk, supervisor, admin or kiosk.</source>
        <translation>clerk, supervisor, admin or kiosk.</translation>
    </message>
    <message>
        <source>Central store URL (default: from the settings).</source>
        <translation>Central store URL (default: from the settings).</translation>
    </message>
    <message>
        <source>Add a staff account. The password is read from the first line of standard input.</source>
        <translation>Add a staff account. The password is read from the first line of standard input.</translation>
    </message>
    <message>
        <source>Say add.</source>
        <translation>Say add.</translation>
    </message>
    <message>
        <source>Give --login and --name.</source>
        <translation>Give --login and --name.</translation>
    </message>
    <message>
        <source>--role must be clerk, supervisor, admin or kiosk.</source>
        <translation>--role must be clerk, supervisor, admin or kiosk.</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Cannot read the password from standard input.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation>The password could not be protected (out of memory?).</translation>
    </message>
    <message>
        <source>The staff account could not be saved.</source>
        <translation>The staff account could not be saved.</translation>
    </message>
    <message>
        <source>There is already a staff account with the login %1.</source>
        <translation>There is already a staff account with the login %1.</translation>
    </message>
    <message>
        <source>Staff account %1 (%2) added.</source>
        <translation>Staff account %1 (%2) added.</translation>
    </message>
    <message>
        <source>One round, then exit: 0 when everything was sent.</source>
        <translation>One round, then exit: 0 when everything was sent.</translation>
    </message>
    <message>
        <source>Visits per central transaction (default 1000).</source>
        <translation>Log debug details to standard error and the log file.</translation>
    </message>
    <message>
        <source>Seconds between rounds while online (default 10).</source>
        <translation>Seconds between rounds while online (default 10).</translation>
    </message>
    <message>
        <source>Send waiting visits to the central database.</source>
        <translation>Send waiting visits to the central database.</translation>
    </message>
    <message>
        <source>--batch must be between 1 and 5000.</source>
        <translation>--batch must be between 1 and 5000.</translation>
    </message>
    <message>
        <source>--interval must be a positive number of seconds.</source>
        <translation>--interval must be a positive number of seconds.</translation>
    </message>
    <message>
        <source>Sent %1 visit(s), %2 void(s), %3 audit event(s); %4 waiting.</source>
        <translation>Sent %1 visit(s), %2 void(s), %3 audit event(s); %4 waiting.</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>Verify the copy in the central store at this URL (default: this terminal&apos;s own trail).</source>
        <translation>Verify the copy in the central store at this URL (default: this terminal&apos;s own trail).</translation>
    </message>
    <message>
        <source>With --central: the terminal whose trail to verify.</source>
        <translation>With --central: the terminal whose trail to verify.</translation>
    </message>
    <message>
        <source>Check that no audit event was altered or removed.</source>
        <translation>Check that no audit event was altered or removed.</translation>
    </message>
    <message>
        <source>Say verify.</source>
        <translation>Say verify.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. Report this to the supervisor.</source>
        <translation>The audit trail is broken at event %1: %2. Report this to the supervisor.</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 event(s) checked.</source>
        <translation>Audit trail intact: %1 event(s) checked.</translation>
    </message>
    <message>
        <source>The verification code printed on the certificate.</source>
        <translation>The verification code printed on the certificate.</translation>
    </message>
    <message>
        <source>Give one verification code.</source>
        <translation>Give one verification code.</translation>
    </message>
    <message>
        <source>A verification code has 16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS.</source>
        <translation>A verification code has 16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS.</translation>
    </message>
    <message>
        <source>The central database could not be searched.</source>
        <translation>The central database could not be searched.</translation>
    </message>
    <message>
        <source>No certificate with the code %1 is known. It may not be synced yet, or it is not genuine.</source>
        <translation>No certificate with the code %1 is known. It may not be synced yet, or it is not genuine.</translation>
    </message>
    <message>
        <source>The record for %1 does not match its code. It is not genuine.</source>
        <translation>The record for %1 does not match its code. It is not genuine.</translation>
    </message>
    <message>
        <source>Certificate %1 (%2) was voided on %3: %4.</source>
        <translation>Certificate %1 (%2) was voided on %3: %4.</translation>
    </message>
    <message>
        <source>Genuine and valid: certificate %1 (%2), issued %3.</source>
        <translation>Genuine and valid: certificate %1 (%2), issued %3.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>First day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>Export statistics as CSV (no personal data).</source>
        <translation>Export statistics as CSV (no personal data).</translation>
    </message>
    <message>
        <source>Give --from and --to as dates, e.g. 2026-04-01.</source>
        <translation>Give --from and --to as dates, e.g. 2026-04-01.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from must not be after --to.</translation>
    </message>
    <message>
        <source>The statistics could not be read.</source>
        <translation>The statistics could not be read.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>%1 row(s) written to %2.</translation>
    </message>
    <message>
        <source>How many visits.</source>
        <translation>How many visits.</translation>
    </message>
    <message>
        <source>Random seed, for repeatable runs.</source>
        <translation>Random seed, for repeatable runs.</translation>
    </message>
    <message>
        <source>Record the visits on this day (YYYY-MM-DD) instead of today.</source>
        <translation>Record the visits on this day (YYYY-MM-DD) instead of today.</translation>
    </message>
    <message>
        <source>Record realistic simulated visits on this terminal.</source>
        <translation>Record realistic simulated visits on this terminal.</translation>
    </message>
    <message>
        <source>--visits must be between 1 and 1000000.</source>
        <translation>--visits must be between 1 and 1000000.</translation>
    </message>
    <message>
        <source>--date must be a date, e.g. 2026-04-01.</source>
        <translation>--date must be a date, e.g. 2026-04-01.</translation>
    </message>
    <message>
        <source>The simulation data is missing from this build.</source>
        <translation>The simulation data is missing from this build.</translation>
    </message>
    <message>
        <source>The simulation names %1, which is not in the procedures catalogue.</source>
        <translation>The simulation names %1, which is not in the procedures catalogue.</translation>
    </message>
    <message>
        <source>Recorded %1 simulated visit(s) on terminal %2.</source>
        <translation>Recorded %1 simulated visit(s) on terminal %2.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Import the registry extract (docs/registry-csv.md) into the central database: every row, or none when any row is refused.</source>
        <translation>Import the registry extract (docs/registry-csv.md) into the central database: every row, or none when any row is refused.</translation>
    </message>
    <message>
        <source>Say import FILE.csv.</source>
        <translation>Say import FILE.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file; nothing was imported.</source>
        <translation>
            <numerusform>%n error in the file; nothing was imported.</numerusform>
            <numerusform>%n errors in the file; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stored but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>The import was stored but could not be recorded in the audit trail. Tell the supervisor.</translation>
    </message>
    <message>
        <source>Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).</source>
        <translation>Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).</translation>
    </message>
</context>
<context>
    <name>issuance</name>
    <message>
        <source>This terminal has no identifier. Ask IT staff to set terminal/id.</source>
        <translation>This terminal has no identifier. Ask IT staff to set terminal/id.</translation>
    </message>
    <message>
        <source>The visit has no reception number.</source>
        <translation>The visit has no reception number.</translation>
    </message>
    <message>
        <source>A request names no procedure.</source>
        <translation>A request names no procedure.</translation>
    </message>
    <message>
        <source>The form for %1 could not be read.</source>
        <translation>The form for %1 could not be read.</translation>
    </message>
    <message>
        <source>The My Number may not be kept for %1.</source>
        <translation>The My Number may not be kept for %1.</translation>
    </message>
    <message>
        <source>A kiosk cannot take the My Number. Please go to a counter.</source>
        <translation>%1, follow-up rule &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The My Number must be 12 digits.</source>
        <translation>The My Number must be 12 digits.</translation>
    </message>
    <message>
        <source>A certificate has no type or no resident.</source>
        <translation>A certificate has no type or no resident.</translation>
    </message>
    <message>
        <source>A certificate has an impossible number of copies or fee.</source>
        <translation>A certificate has an impossible number of copies or fee.</translation>
    </message>
    <message>
        <source>A certificate refers to a request that does not exist.</source>
        <translation>A certificate refers to a request that does not exist.</translation>
    </message>
    <message>
        <source>A payment cannot be negative.</source>
        <translation>A payment cannot be negative.</translation>
    </message>
    <message>
        <source>The payments (%1 yen) do not match the fees (%2 yen).</source>
        <translation>The payments (%1 yen) do not match the fees (%2 yen).</translation>
    </message>
    <message>
        <source>The visit could not be saved on this terminal. Nothing was recorded.</source>
        <translation>The visit could not be saved on this terminal. Nothing was recorded.</translation>
    </message>
    <message>
        <source>Give a reason for voiding the certificate.</source>
        <translation>Give a reason for voiding the certificate.</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can void a certificate.</source>
        <translation>Only a signed-in staff member can void a certificate.</translation>
    </message>
    <message>
        <source>The certificate could not be voided.</source>
        <translation>The certificate could not be voided.</translation>
    </message>
    <message>
        <source>No certificate %1 that is not already void was issued on this terminal.</source>
        <translation>No certificate %1 that is not already void was issued on this terminal.</translation>
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
<context>
    <name>print</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation>The PDF could not be created.</translation>
    </message>
    <message>
        <source>a field name must be lower-case letters, digits and _</source>
        <translation>a field name must be lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>“%1” is reserved for the document itself</source>
        <translation>“%1” is reserved for the document itself</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>unknown field type</translation>
    </message>
    <message>
        <source>a table cannot hold another table</source>
        <translation>a table cannot hold another table</translation>
    </message>
    <message>
        <source>a choice field needs its choices</source>
        <translation>a choice field needs its choices</translation>
    </message>
    <message>
        <source>a table field needs its columns</source>
        <translation>a table field needs its columns</translation>
    </message>
    <message>
        <source>{%1} names no field of this template</source>
        <translation>{%1} names no field of this template</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>unknown format “%1”</translation>
    </message>
    <message>
        <source>unknown element type “%1”</source>
        <translation>unknown element type “%1”</translation>
    </message>
    <message>
        <source>a line needs “from” and “to” as [x, y] in mm</source>
        <translation>a line needs “from” and “to” as [x, y] in mm</translation>
    </message>
    <message>
        <source>“box” must be [x, y, width, height] in mm</source>
        <translation>“box” must be [x, y, width, height] in mm</translation>
    </message>
    <message>
        <source>font must be “mincho” or “gothic”</source>
        <translation>font must be “mincho” or “gothic”</translation>
    </message>
    <message>
        <source>size must be between min_size and 200 points</source>
        <translation>size must be between min_size and 200 points</translation>
    </message>
    <message>
        <source>align must be left, center, right or spread</source>
        <translation>align must be left, center, right or spread</translation>
    </message>
    <message>
        <source>valign must be top, middle or bottom</source>
        <translation>valign must be top, middle or bottom</translation>
    </message>
    <message>
        <source>pages must be every, first or last</source>
        <translation>pages must be every, first or last</translation>
    </message>
    <message>
        <source>condition “%1” names no field of this template</source>
        <translation>condition “%1” names no field of this template</translation>
    </message>
    <message>
        <source>text is missing</source>
        <translation>text is missing</translation>
    </message>
    <message>
        <source>a table element needs a field of type table</source>
        <translation>a table element needs a field of type table</translation>
    </message>
    <message>
        <source>rows do not fit the table&apos;s box</source>
        <translation>rows do not fit the table&apos;s box</translation>
    </message>
    <message>
        <source>a column needs a width in mm</source>
        <translation>a column needs a width in mm</translation>
    </message>
    <message>
        <source>a table element needs columns</source>
        <translation>a table element needs columns</translation>
    </message>
    <message>
        <source>the columns are wider than the table&apos;s box</source>
        <translation>the columns are wider than the table&apos;s box</translation>
    </message>
    <message>
        <source>image “%1” cannot be read</source>
        <translation>image “%1” cannot be read</translation>
    </message>
    <message>
        <source>image “%1” is not a PNG file</source>
        <translation>image “%1” is not a PNG file</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>one of the listed choices</source>
        <translation>one of the listed choices</translation>
    </message>
    <message>
        <source>a list of rows</source>
        <translation>a list of rows</translation>
    </message>
    <message>
        <source>this template has no such field</source>
        <translation>this template has no such field</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 must be %2</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation>%1 is too long: %2 characters, at most %3</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1 contains a control character</translation>
    </message>
    <message>
        <source>%1 is before the Meiji era and cannot be written in 和暦</source>
        <translation>%1 is before the Meiji era and cannot be written in 和暦</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 must be one of: %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows, at most %3</source>
        <translation>%1 has %2 rows, at most %3</translation>
    </message>
    <message>
        <source>each row of %1 must be an object</source>
        <translation>each row of %1 must be an object</translation>
    </message>
    <message>
        <source>The template %1 is not valid JSON: %2 (at byte %3).</source>
        <translation>The template %1 is not valid JSON: %2 (at byte %3).</translation>
    </message>
    <message>
        <source>this program reads template schema 1</source>
        <translation>this program reads template schema 1</translation>
    </message>
    <message>
        <source>the template needs an id</source>
        <translation>the template needs an id</translation>
    </message>
    <message>
        <source>the template needs a title</source>
        <translation>the template needs a title</translation>
    </message>
    <message>
        <source>kind must be certificate, form, ticket or report</source>
        <translation>kind must be certificate, form, ticket or report</translation>
    </message>
    <message>
        <source>page size must be A3, A4, A5, B5 or [width, height] in mm</source>
        <translation>page size must be A3, A4, A5, B5 or [width, height] in mm</translation>
    </message>
    <message>
        <source>the template draws nothing</source>
        <translation>the template draws nothing</translation>
    </message>
    <message>
        <source>the element lies outside the page</source>
        <translation>the element lies outside the page</translation>
    </message>
    <message>
        <source>The template %1 is not valid.</source>
        <translation>The template %1 is not valid.</translation>
    </message>
    <message>
        <source>The text does not fit its box on the form, even in the smallest allowed size: %1</source>
        <translation>The text does not fit its box on the form, even in the smallest allowed size: %1</translation>
    </message>
    <message>
        <source>The character “%1” (%2) cannot be printed: no installed font has it. Check the fonts (fonts-ipamj-mincho) or ask for a 外字 registration.</source>
        <translation>The character “%1” (%2) cannot be printed: no installed font has it. Check the fonts (fonts-ipamj-mincho) or ask for a 外字 registration.</translation>
    </message>
    <message>
        <source>The QR code&apos;s content is too long.</source>
        <translation>The QR code&apos;s content is too long.</translation>
    </message>
    <message>
        <source>The font %1 is not installed (Debian package %2).</source>
        <translation>The font %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>There is no document template “%1”.</source>
        <translation>There is no document template “%1”.</translation>
    </message>
    <message>
        <source>A certificate needs its serial number.</source>
        <translation>A certificate needs its serial number.</translation>
    </message>
    <message>
        <source>A certificate needs its verification code.</source>
        <translation>A certificate needs its verification code.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>The data for %1 is not complete or not correct (%n problem(s)).</source>
        <comment>data errors</comment>
        <translation>
            <numerusform>The data for %1 is not complete or not correct (%n problem).</numerusform>
            <numerusform>The data for %1 is not complete or not correct (%n problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>The privacy key file %1 cannot be used. Ask IT staff to check it.</source>
        <translation>%1: available (%2, %3)</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>The registry cannot be searched right now. Try again, or ask IT staff.</source>
        <translation>The registry cannot be searched right now. Try again, or ask IT staff.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n error; nothing was imported.</numerusform>
            <numerusform>The file has %n errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry could not be stored; nothing was imported.</source>
        <translation>The registry could not be stored; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date.</source>
        <translation>The database %1 could not be brought up to date.</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Madoguchi (version %2).</source>
        <translation>The database %1 was created by a newer Madoguchi (version %2).</translation>
    </message>
    <message>
        <source>The central database is at schema version %1, this terminal needs %2. Ask IT staff to run: madoguchi-cli db migrate --central</source>
        <translation>The central database is at schema version %1, this terminal needs %2. Ask IT staff to run: madoguchi-cli db migrate --central</translation>
    </message>
    <message>
        <source>The day&apos;s visits cannot be read from the central database.</source>
        <translation>The day&apos;s visits cannot be read from the central database.</translation>
    </message>
    <message>
        <source>The catalogue could not be published to the central database.</source>
        <translation>This terminal has no identifier. Ask IT staff to set terminal/id.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The central database cannot be reached. Visits are kept on this terminal and will be sent later.</source>
        <translation>The central database cannot be reached. Visits are kept on this terminal and will be sent later.</translation>
    </message>
    <message>
        <source>The central database refused visits from this terminal. They are kept here. Ask IT staff to check that the terminal id (terminal/id) is unique.</source>
        <translation>Log debug details to standard error and the log file.</translation>
    </message>
</context>
</TS>
