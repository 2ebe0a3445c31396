<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CardAuthenticity</name>
    <message>
        <source>Genuine card: the chip&apos;s data is signed by the issuer and the chip answered its own key.</source>
        <translation>Genuine card: the chip&apos;s data is signed by the issuer and the chip answered its own key.</translation>
    </message>
    <message>
        <source>Data altered: the chip&apos;s data does not match the issuer&apos;s signature.</source>
        <translation>Data altered: the chip&apos;s data does not match the issuer&apos;s signature.</translation>
    </message>
    <message>
        <source>Issuer not trusted: the chip was not issued under a key this city trusts.</source>
        <translation>Issuer not trusted: the chip was not issued under a key this city trusts.</translation>
    </message>
    <message>
        <source>Copied chip: the chip does not hold the key its data was issued to.</source>
        <translation>Copied chip: the chip does not hold the key its data was issued to.</translation>
    </message>
    <message>
        <source>Not checkable: this terminal could not check whether the card is genuine.</source>
        <translation>Not checkable: this terminal could not check whether the card is genuine.</translation>
    </message>
    <message>
        <source>Compare the photo and the card face with the person at the counter.</source>
        <translation>Compare the photo and the card face with the person at the counter.</translation>
    </message>
    <message>
        <source>Nothing was filled in. Keep the card, check the physical card (hologram, print, photo) and call the supervisor.</source>
        <translation>Nothing was filled in. Keep the card, check the physical card (hologram, print, photo) and call the supervisor.</translation>
    </message>
    <message>
        <source>Check the physical card by eye (hologram, print, photo); if in doubt, call the supervisor.</source>
        <translation>Check the physical card by eye (hologram, print, photo); if in doubt, call the supervisor.</translation>
    </message>
</context>
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
    <name>CatalogueSources</name>
    <message numerus="yes">
        <source>The municipality&apos;s procedures catalogue has errors and was not used (%n error(s)); the first: %1</source>
        <translation>
            <numerusform>The municipality&apos;s procedures catalogue has errors and was not used (%n error); the first: %1</numerusform>
            <numerusform>The municipality&apos;s procedures catalogue has errors and was not used (%n errors); the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable catalogue is left: the counter cannot serve residents until the files are fixed.</source>
        <translation>No usable catalogue is left: the counter cannot serve residents until the files are fixed.</translation>
    </message>
    <message>
        <source>The counter works with the last catalogue that was correct. Check the files with: madoguchi-cli catalogue check DIR</source>
        <translation>The counter works with the last catalogue that was correct. Check the files with: madoguchi-cli catalogue check DIR</translation>
    </message>
    <message>
        <source>The counter works with the installed catalogue. Check the files with: madoguchi-cli catalogue check DIR</source>
        <translation>The counter works with the installed catalogue. Check the files with: madoguchi-cli catalogue check DIR</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registry</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>to fill in</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
    <name>CounterCard</name>
    <message>
        <source>The card is still being read; wait a moment.</source>
        <translation>The card is still being read; wait a moment.</translation>
    </message>
</context>
<context>
    <name>CounterIssuance</name>
    <message>
        <source>%1 cannot be printed: %2 %3</source>
        <translation>%1 cannot be printed: %2 %3</translation>
    </message>
    <message>
        <source>The visit is recorded, but %1 could not be written as PDF: %2</source>
        <translation>The visit is recorded, but %1 could not be written as PDF: %2</translation>
    </message>
    <message>
        <source>The printouts declared in the procedures catalogue have errors; nothing was recorded. Tell the administrator: the log names the procedure and the place.</source>
        <translation>The printouts declared in the procedures catalogue have errors; nothing was recorded. Tell the administrator: the log names the procedure and the place.</translation>
    </message>
    <message>
        <source>The registry did not give the household; nothing was recorded, try again when the registry is back.</source>
        <translation>The registry did not give the household; nothing was recorded, try again when the registry is back.</translation>
    </message>
    <message>
        <source>What the certificate printed was not kept (it was issued before this version), so no new paper can be printed.</source>
        <translation>What the certificate printed was not kept (it was issued before this version), so no new paper can be printed.</translation>
    </message>
    <message>
        <source>The new paper could not be written as PDF: %1</source>
        <translation>The new paper could not be written as PDF: %1</translation>
    </message>
</context>
<context>
    <name>CounterRegistry</name>
    <message>
        <source>The registry cannot be reached right now. Press F5 to try again; a move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</source>
        <translation>The registry cannot be reached right now. Press F5 to try again; a move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>differs: %1</translation>
    </message>
</context>
<context>
    <name>CounterServices</name>
    <message>
        <source>The procedures catalogue has errors: %1</source>
        <translation>The procedures catalogue has errors: %1</translation>
    </message>
    <message>
        <source>The guidance sheet could not be saved.</source>
        <translation>The guidance sheet could not be saved.</translation>
    </message>
</context>
<context>
    <name>CounterStaff</name>
    <message>
        <source>Still checking the last sign-in; wait a moment.</source>
        <translation>Still checking the last sign-in; wait a moment.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this counter.</source>
        <translation>Nobody is signed in at this counter.</translation>
    </message>
    <message>
        <source>Only the staff member who is signed in, or a supervisor, can open this counter.</source>
        <translation>Only the staff member who is signed in, or a supervisor, can open this counter.</translation>
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
    <message>
        <source>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</translation>
    </message>
    <message>
        <source>This line is longer than %1 KiB. Check that this is the right file and that its lines end with line breaks.</source>
        <translation>This line is longer than %1 KiB. Check that this is the right file and that its lines end with line breaks.</translation>
    </message>
    <message>
        <source>This row has more than %1 values.</source>
        <translation>This row has more than %1 values.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>A value is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Reception no.</source>
        <translation>Reception no.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Certificates (serial)</source>
        <translation>Certificates (serial)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>nothing issued</source>
        <translation>nothing issued</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>reissued</source>
        <translation>reissued</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>kiosk pre-entry</source>
        <translation>kiosk pre-entry</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>IC (e-money)</source>
        <translation>IC (e-money)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>credit card</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>The central database does not answer: issued certificates are looked up there. Try again when the terminal is online.</source>
        <translation>The central database does not answer: issued certificates are looked up there. Try again when the terminal is online.</translation>
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
    <name>FieldValidation</name>
    <message>
        <source>There is no month %1.</source>
        <translation>There is no month %1.</translation>
    </message>
    <message>
        <source>There is no day %1 in %2/%3.</source>
        <translation>There is no day %1 in %2/%3.</translation>
    </message>
    <message>
        <source>An era year starts at 1 (元年).</source>
        <translation>An era year starts at 1 (元年).</translation>
    </message>
    <message>
        <source>Unknown era &quot;%1&quot;; use 明治, 大正, 昭和, 平成 or 令和.</source>
        <translation>Unknown era &quot;%1&quot;; use 明治, 大正, 昭和, 平成 or 令和.</translation>
    </message>
    <message>
        <source>Use full-width katakana, not half-width (ｶﾅ).</source>
        <translation>Use full-width katakana, not half-width (ｶﾅ).</translation>
    </message>
    <message>
        <source>Only katakana here: &quot;%1&quot; is not kana.</source>
        <translation>Only katakana here: &quot;%1&quot; is not kana.</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, e.g. 180-0001.</source>
        <translation>A postal code has 7 digits, e.g. 180-0001.</translation>
    </message>
    <message>
        <source>Only digits and hyphens in a phone number.</source>
        <translation>Only digits and hyphens in a phone number.</translation>
    </message>
    <message>
        <source>A phone number starts with 0 (include the area code).</source>
        <translation>A phone number starts with 0 (include the area code).</translation>
    </message>
    <message>
        <source>A mobile or IP phone number has 11 digits, e.g. 090-1234-5678.</source>
        <translation>A mobile or IP phone number has 11 digits, e.g. 090-1234-5678.</translation>
    </message>
    <message>
        <source>A landline number has 10 digits, e.g. 0422-60-1800.</source>
        <translation>A landline number has 10 digits, e.g. 0422-60-1800.</translation>
    </message>
    <message>
        <source>A My Number has 12 digits.</source>
        <translation>A My Number has 12 digits.</translation>
    </message>
    <message>
        <source>The check digit does not match: please compare with the card again.</source>
        <translation>The check digit does not match: please compare with the card again.</translation>
    </message>
    <message>
        <source>Type the date as 2025-04-01 or 令和7年4月1日.</source>
        <translation>Type the date as 2025-04-01 or 令和7年4月1日.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>A birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>A birth date before 1868 cannot be right.</source>
        <translation>A birth date before 1868 cannot be right.</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 99.</source>
        <translation>Type a whole number from 0 to 99.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>Type a whole number of 0 or more, digits only.</source>
        <translation>Type a whole number of 0 or more, digits only.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <source>Unknown kind of field.</source>
        <translation>Unknown kind of field.</translation>
    </message>
    <message>
        <source>%1 is not within the %2 era (%3 to %4).</source>
        <translation>%1 is not within the %2 era (%3 to %4).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
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
    <name>ReceptionQueue</name>
    <message>
        <source>The reception queue is not reachable (central store). F3 still numbers a resident in front of you.</source>
        <translation>The reception queue is not reachable (central store). F3 still numbers a resident in front of you.</translation>
    </message>
    <message>
        <source>The reception queue is not reachable (central store).</source>
        <translation>The reception queue is not reachable (central store).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s pre-entry is not reachable (central store).</source>
        <translation>The kiosk&apos;s pre-entry is not reachable (central store).</translation>
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
    <message>
        <source>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</translation>
    </message>
    <message>
        <source>The file has more than %1 records, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation>The file has more than %1 records, more than an import may hold. Check that this is the right file, or split it.</translation>
    </message>
    <message>
        <source>The file could not be checked: the temporary working space failed. Check the free disk space and try again.</source>
        <translation>The file could not be checked: the temporary working space failed. Check the free disk space and try again.</translation>
    </message>
</context>
<context>
    <name>ResidentCatalogue</name>
    <message>
        <source>High-cost (preventive) care service benefit</source>
        <extracomment>高額介護（予防）サービス費の支給申請 (care.json high-cost-care-benefit name)</extracomment>
        <translation>High-cost (preventive) care service benefit</translation>
    </message>
    <message>
        <source>Proof of identity (My Number card, driving licence, etc.)</source>
        <extracomment>本人確認書類（マイナンバーカード、運転免許証など） (care.json high-cost-care-benefit documents[0])</extracomment>
        <translation>Proof of identity (My Number card, driving licence, etc.)</translation>
    </message>
    <message>
        <source>Proof of My Number (My Number card, etc.)</source>
        <extracomment>個人番号確認書類（マイナンバーカードなど） (care.json high-cost-care-benefit documents[1])</extracomment>
        <translation>Proof of My Number (My Number card, etc.)</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <extracomment>申請者氏名 (care.json high-cost-care-benefit applicant_name)</extracomment>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>Applicant&apos;s name (katakana)</source>
        <extracomment>申請者氏名（フリガナ） (care.json high-cost-care-benefit applicant_kana)</extracomment>
        <translation>Applicant&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of birth</source>
        <extracomment>申請者生年月日 (care.json high-cost-care-benefit applicant_birth_date)</extracomment>
        <translation>Applicant&apos;s date of birth</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <extracomment>申請者住所 (care.json high-cost-care-benefit applicant_address)</extracomment>
        <translation>Applicant&apos;s address</translation>
    </message>
    <message>
        <source>Daytime phone number</source>
        <extracomment>日中の連絡先電話番号 (care.json high-cost-care-benefit applicant_phone)</extracomment>
        <translation>Daytime phone number</translation>
    </message>
    <message>
        <source>Care insurance number</source>
        <extracomment>介護保険被保険者番号 (care.json high-cost-care-benefit insured_number)</extracomment>
        <translation>Care insurance number</translation>
    </message>
    <message>
        <source>Month of service</source>
        <extracomment>対象のサービス提供月 (care.json high-cost-care-benefit service_month)</extracomment>
        <translation>Month of service</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>金融機関名 (care.json high-cost-care-benefit bank_name)</extracomment>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>支店名 (care.json high-cost-care-benefit bank_branch)</extracomment>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>預金種目 (care.json high-cost-care-benefit account_type)</extracomment>
        <translation>Account type</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>普通 (care.json high-cost-care-benefit account_type=ordinary)</extracomment>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>当座 (care.json high-cost-care-benefit account_type=current)</extracomment>
        <translation>Current</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>口座番号 (care.json high-cost-care-benefit account_number)</extracomment>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Account holder (katakana)</source>
        <extracomment>口座名義（カナ） (care.json high-cost-care-benefit account_holder_kana)</extracomment>
        <translation>Account holder (katakana)</translation>
    </message>
    <message>
        <source>My Number</source>
        <extracomment>個人番号 (care.json high-cost-care-benefit my_number)</extracomment>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Certification of the care cost ceiling</source>
        <extracomment>介護保険負担限度額認定申請 (care.json care-cost-ceiling-certification name)</extracomment>
        <translation>Certification of the care cost ceiling</translation>
    </message>
    <message>
        <source>Savings</source>
        <extracomment>預貯金等の額 (care.json care-cost-ceiling-certification savings)</extracomment>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Has a spouse</source>
        <extracomment>配偶者がいる (care.json care-cost-ceiling-certification has_spouse)</extracomment>
        <translation>Has a spouse</translation>
    </message>
    <message>
        <source>Benefit for buying welfare equipment</source>
        <extracomment>居宅介護（介護予防）福祉用具購入費の支給申請 (care.json welfare-equipment-purchase name)</extracomment>
        <translation>Benefit for buying welfare equipment</translation>
    </message>
    <message>
        <source>Equipment bought</source>
        <extracomment>購入した福祉用具 (care.json welfare-equipment-purchase equipment)</extracomment>
        <translation>Equipment bought</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <extracomment>購入金額 (care.json welfare-equipment-purchase purchase_amount)</extracomment>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Benefit for home modification</source>
        <extracomment>居宅介護（介護予防）住宅改修費の支給申請 (care.json home-modification-benefit name)</extracomment>
        <translation>Benefit for home modification</translation>
    </message>
    <message>
        <source>Work done</source>
        <extracomment>改修の内容 (care.json home-modification-benefit work)</extracomment>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>改修費用 (care.json home-modification-benefit work_amount)</extracomment>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Care-need certification after moving</source>
        <extracomment>住所移転後の要介護・要支援認定申請 (care.json care-certification-after-move name)</extracomment>
        <translation>Care-need certification after moving</translation>
    </message>
    <message>
        <source>Previous municipality</source>
        <extracomment>前住所地の市区町村 (care.json care-certification-after-move previous_city)</extracomment>
        <translation>Previous municipality</translation>
    </message>
    <message>
        <source>Certification at the previous address (certificate of eligibility)</source>
        <extracomment>前住所地での認定（受給資格証明書） (care.json care-certification-after-move previous_certification)</extracomment>
        <translation>Certification at the previous address (certificate of eligibility)</translation>
    </message>
    <message>
        <source>Date of moving in</source>
        <extracomment>転入日 (care.json care-certification-after-move move_in_date)</extracomment>
        <translation>Date of moving in</translation>
    </message>
    <message>
        <source>Application for care-need certification</source>
        <extracomment>要介護・要支援認定の申請 (care.json care-certification name)</extracomment>
        <translation>Application for care-need certification</translation>
    </message>
    <message>
        <source>Family doctor (clinic and name)</source>
        <extracomment>主治医（医療機関・医師名） (care.json care-certification doctor)</extracomment>
        <translation>Family doctor (clinic and name)</translation>
    </message>
    <message>
        <source>Current condition</source>
        <extracomment>現在の状況 (care.json care-certification condition)</extracomment>
        <translation>Current condition</translation>
    </message>
    <message>
        <source>Renewal of care-need certification</source>
        <extracomment>要介護・要支援更新認定の申請 (care.json care-certification-renewal name)</extracomment>
        <translation>Renewal of care-need certification</translation>
    </message>
    <message>
        <source>Change of care-need level</source>
        <extracomment>要介護・要支援状態区分変更認定の申請 (care.json care-certification-change name)</extracomment>
        <translation>Change of care-need level</translation>
    </message>
    <message>
        <source>Why the level should change</source>
        <extracomment>変更申請の理由 (care.json care-certification-change change_reason)</extracomment>
        <translation>Why the level should change</translation>
    </message>
    <message>
        <source>Notice of care plan provider</source>
        <extracomment>居宅（介護予防）サービス計画作成（変更）依頼の届出 (care.json care-plan-notice name)</extracomment>
        <translation>Notice of care plan provider</translation>
    </message>
    <message>
        <source>Care management office</source>
        <extracomment>居宅介護支援事業者名 (care.json care-plan-notice care_manager_office)</extracomment>
        <translation>Care management office</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>開始日 (care.json care-plan-notice start_date)</extracomment>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Reissue of the care cost-sharing card</source>
        <extracomment>介護保険負担割合証の再交付申請 (care.json care-burden-ratio-card-reissue name)</extracomment>
        <translation>Reissue of the care cost-sharing card</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>再交付の理由 (care.json care-burden-ratio-card-reissue reissue_reason)</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>紛失 (care.json care-burden-ratio-card-reissue reissue_reason=lost)</extracomment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>破損・汚損 (care.json care-burden-ratio-card-reissue reissue_reason=damaged)</extracomment>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>その他 (care.json care-burden-ratio-card-reissue reissue_reason=other)</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Reissue of the care insurance card</source>
        <extracomment>介護保険被保険者証の再交付申請 (care.json care-insurance-card-reissue name)</extracomment>
        <translation>Reissue of the care insurance card</translation>
    </message>
    <message>
        <source>Long-term care insurance enrolment (moving in)</source>
        <extracomment>介護保険 資格取得届（転入） (care.json care-insurance-enrolment name)</extracomment>
        <translation>Long-term care insurance enrolment (moving in)</translation>
    </message>
    <message>
        <source>Insured person&apos;s name</source>
        <extracomment>被保険者氏名 (care.json care-insurance-enrolment insured_name)</extracomment>
        <translation>Insured person&apos;s name</translation>
    </message>
    <message>
        <source>Insured person&apos;s name (katakana)</source>
        <extracomment>被保険者氏名（フリガナ） (care.json care-insurance-enrolment insured_kana)</extracomment>
        <translation>Insured person&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Insured person&apos;s date of birth</source>
        <extracomment>被保険者生年月日 (care.json care-insurance-enrolment insured_birth_date)</extracomment>
        <translation>Insured person&apos;s date of birth</translation>
    </message>
    <message>
        <source>Insured person&apos;s address</source>
        <extracomment>被保険者住所 (care.json care-insurance-enrolment insured_address)</extracomment>
        <translation>Insured person&apos;s address</translation>
    </message>
    <message>
        <source>Previous insurer (municipality)</source>
        <extracomment>前住所地の保険者（市区町村） (care.json care-insurance-enrolment previous_insurer)</extracomment>
        <translation>Previous insurer (municipality)</translation>
    </message>
    <message>
        <source>Certificate of residence</source>
        <extracomment>住民票の写し (certificates.json resident-certificate name)</extracomment>
        <translation>Certificate of residence</translation>
    </message>
    <message>
        <source>A letter of proxy when someone else applies</source>
        <extracomment>代理人の場合は委任状 (certificates.json resident-certificate documents[1])</extracomment>
        <translation>A letter of proxy when someone else applies</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <extracomment>請求者氏名 (certificates.json resident-certificate requester_name)</extracomment>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <source>Requester&apos;s name (katakana)</source>
        <extracomment>請求者氏名（フリガナ） (certificates.json resident-certificate requester_kana)</extracomment>
        <translation>Requester&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Requester&apos;s date of birth</source>
        <extracomment>請求者生年月日 (certificates.json resident-certificate requester_birth_date)</extracomment>
        <translation>Requester&apos;s date of birth</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <extracomment>請求者住所 (certificates.json resident-certificate requester_address)</extracomment>
        <translation>Requester&apos;s address</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <extracomment>必要な通数 (certificates.json resident-certificate copies)</extracomment>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>使用目的 (certificates.json resident-certificate purpose)</extracomment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>For an employer</source>
        <extracomment>勤務先に提出 (certificates.json resident-certificate purpose=employment)</extracomment>
        <translation>For an employer</translation>
    </message>
    <message>
        <source>For a school</source>
        <extracomment>学校に提出 (certificates.json resident-certificate purpose=school)</extracomment>
        <translation>For a school</translation>
    </message>
    <message>
        <source>Housing</source>
        <extracomment>住宅関係 (certificates.json resident-certificate purpose=housing)</extracomment>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Pension or insurance</source>
        <extracomment>年金・保険の手続き (certificates.json resident-certificate purpose=pension)</extracomment>
        <translation>Pension or insurance</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <extracomment>自動車関係 (certificates.json resident-certificate purpose=vehicle)</extracomment>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Whole household or some members</source>
        <extracomment>世帯全員か一部か (certificates.json resident-certificate scope)</extracomment>
        <translation>Whole household or some members</translation>
    </message>
    <message>
        <source>Whole household</source>
        <extracomment>世帯全員 (certificates.json resident-certificate scope=all)</extracomment>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>Some members</source>
        <extracomment>世帯の一部 (certificates.json resident-certificate scope=some)</extracomment>
        <translation>Some members</translation>
    </message>
    <message>
        <source>Show head of household and relationship</source>
        <extracomment>世帯主・続柄の記載 (certificates.json resident-certificate include_household_head)</extracomment>
        <translation>Show head of household and relationship</translation>
    </message>
    <message>
        <source>Show registered domicile and head of family register</source>
        <extracomment>本籍・筆頭者の記載 (certificates.json resident-certificate include_honseki)</extracomment>
        <translation>Show registered domicile and head of family register</translation>
    </message>
    <message>
        <source>Seal registration certificate</source>
        <extracomment>印鑑登録証明書 (certificates.json seal-certificate name)</extracomment>
        <translation>Seal registration certificate</translation>
    </message>
    <message>
        <source>Seal registration card, or the My Number card with its PIN</source>
        <extracomment>印鑑登録証（カード）またはマイナンバーカード（コンビニ交付の暗証番号で） (certificates.json seal-certificate documents[0])</extracomment>
        <translation>Seal registration card, or the My Number card with its PIN</translation>
    </message>
    <message>
        <source>Seal registration number</source>
        <extracomment>印鑑登録番号 (certificates.json seal-certificate seal_number)</extracomment>
        <translation>Seal registration number</translation>
    </message>
    <message>
        <source>Income and tax certificate</source>
        <extracomment>所得・課税証明書 (certificates.json income-tax-certificate name)</extracomment>
        <translation>Income and tax certificate</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <extracomment>年度 (certificates.json income-tax-certificate fiscal_year)</extracomment>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Tax payment certificate</source>
        <extracomment>納税証明書 (certificates.json tax-payment-certificate name)</extracomment>
        <translation>Tax payment certificate</translation>
    </message>
    <message>
        <source>Tax</source>
        <extracomment>税目 (certificates.json tax-payment-certificate tax_item)</extracomment>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Resident tax</source>
        <extracomment>住民税 (certificates.json tax-payment-certificate tax_item=resident)</extracomment>
        <translation>Resident tax</translation>
    </message>
    <message>
        <source>Property tax</source>
        <extracomment>固定資産税 (certificates.json tax-payment-certificate tax_item=property)</extracomment>
        <translation>Property tax</translation>
    </message>
    <message>
        <source>Light vehicle tax</source>
        <extracomment>軽自動車税 (certificates.json tax-payment-certificate tax_item=light_vehicle)</extracomment>
        <translation>Light vehicle tax</translation>
    </message>
    <message>
        <source>Light vehicle tax certificate (for inspection)</source>
        <extracomment>軽自動車税納税証明書（継続検査用） (certificates.json light-vehicle-tax-certificate name)</extracomment>
        <translation>Light vehicle tax certificate (for inspection)</translation>
    </message>
    <message>
        <source>Vehicle inspection certificate</source>
        <extracomment>自動車検査証（車検証） (certificates.json light-vehicle-tax-certificate documents[0])</extracomment>
        <translation>Vehicle inspection certificate</translation>
    </message>
    <message>
        <source>Number plate</source>
        <extracomment>標識番号（ナンバー） (certificates.json light-vehicle-tax-certificate vehicle_plate)</extracomment>
        <translation>Number plate</translation>
    </message>
    <message>
        <source>Owner&apos;s (user&apos;s) name</source>
        <extracomment>所有者（使用者）氏名 (certificates.json light-vehicle-tax-certificate owner_name)</extracomment>
        <translation>Owner&apos;s (user&apos;s) name</translation>
    </message>
    <message>
        <source>Owner&apos;s address</source>
        <extracomment>所有者（使用者）住所 (certificates.json light-vehicle-tax-certificate owner_address)</extracomment>
        <translation>Owner&apos;s address</translation>
    </message>
    <message>
        <source>Child allowance claim</source>
        <extracomment>児童手当 認定請求 (childcare.json child-allowance-claim name)</extracomment>
        <translation>Child allowance claim</translation>
    </message>
    <message>
        <source>Bank book or card of an account in the claimant&apos;s name</source>
        <extracomment>請求者名義の口座がわかるもの（通帳・キャッシュカード） (childcare.json child-allowance-claim documents[2])</extracomment>
        <translation>Bank book or card of an account in the claimant&apos;s name</translation>
    </message>
    <message>
        <source>Copy of the health insurance card (employees&apos; pension)</source>
        <extracomment>健康保険証の写し（厚生年金加入の方） (childcare.json child-allowance-claim documents[3])</extracomment>
        <translation>Copy of the health insurance card (employees&apos; pension)</translation>
    </message>
    <message>
        <source>Statement of care when a child lives elsewhere</source>
        <extracomment>児童と別居の場合は別居監護申立書 (childcare.json child-allowance-claim documents[4])</extracomment>
        <translation>Statement of care when a child lives elsewhere</translation>
    </message>
    <message>
        <source>Claimant&apos;s name</source>
        <extracomment>請求者氏名 (childcare.json child-allowance-claim claimant_name)</extracomment>
        <translation>Claimant&apos;s name</translation>
    </message>
    <message>
        <source>Claimant&apos;s name (katakana)</source>
        <extracomment>請求者氏名（フリガナ） (childcare.json child-allowance-claim claimant_kana)</extracomment>
        <translation>Claimant&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Claimant&apos;s date of birth</source>
        <extracomment>請求者生年月日 (childcare.json child-allowance-claim claimant_birth_date)</extracomment>
        <translation>Claimant&apos;s date of birth</translation>
    </message>
    <message>
        <source>Claimant&apos;s address</source>
        <extracomment>請求者住所 (childcare.json child-allowance-claim claimant_address)</extracomment>
        <translation>Claimant&apos;s address</translation>
    </message>
    <message>
        <source>Claimant&apos;s sex</source>
        <extracomment>請求者の性別 (childcare.json child-allowance-claim claimant_sex)</extracomment>
        <translation>Claimant&apos;s sex</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>男 (childcare.json child-allowance-claim claimant_sex=1)</extracomment>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>女 (childcare.json child-allowance-claim claimant_sex=2)</extracomment>
        <translation>Female</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>適用不能 (childcare.json child-allowance-claim claimant_sex=9)</extracomment>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Claimant&apos;s occupation</source>
        <extracomment>請求者の職業 (childcare.json child-allowance-claim claimant_occupation)</extracomment>
        <translation>Claimant&apos;s occupation</translation>
    </message>
    <message>
        <source>Employee</source>
        <extracomment>会社員 (childcare.json child-allowance-claim claimant_occupation=employee)</extracomment>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <extracomment>公務員 (childcare.json child-allowance-claim claimant_occupation=civil_servant)</extracomment>
        <translation>Civil servant</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>自営業 (childcare.json child-allowance-claim claimant_occupation=self_employed)</extracomment>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Not working</source>
        <extracomment>無職 (childcare.json child-allowance-claim claimant_occupation=none)</extracomment>
        <translation>Not working</translation>
    </message>
    <message>
        <source>Pension scheme</source>
        <extracomment>加入している年金 (childcare.json child-allowance-claim pension)</extracomment>
        <translation>Pension scheme</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <extracomment>厚生年金 (childcare.json child-allowance-claim pension=employees)</extracomment>
        <translation>Employees&apos; pension</translation>
    </message>
    <message>
        <source>National pension</source>
        <extracomment>国民年金 (childcare.json child-allowance-claim pension=national)</extracomment>
        <translation>National pension</translation>
    </message>
    <message>
        <source>Mutual aid pension</source>
        <extracomment>共済年金 (childcare.json child-allowance-claim pension=mutual)</extracomment>
        <translation>Mutual aid pension</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>なし (childcare.json child-allowance-claim pension=none)</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <extracomment>配偶者氏名 (childcare.json child-allowance-claim spouse_name)</extracomment>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <source>Spouse&apos;s My Number</source>
        <extracomment>配偶者の個人番号 (childcare.json child-allowance-claim spouse_my_number)</extracomment>
        <translation>Spouse&apos;s My Number</translation>
    </message>
    <message>
        <source>Children concerned (name, date of birth, relationship)</source>
        <extracomment>対象となる児童（氏名・生年月日・続柄） (childcare.json child-allowance-claim children)</extracomment>
        <translation>Children concerned (name, date of birth, relationship)</translation>
    </message>
    <message>
        <source>A child lives elsewhere</source>
        <extracomment>別居している児童がいる (childcare.json child-allowance-claim children_living_apart)</extracomment>
        <translation>A child lives elsewhere</translation>
    </message>
    <message>
        <source>Reason for the claim</source>
        <extracomment>請求の理由 (childcare.json child-allowance-claim claim_reason)</extracomment>
        <translation>Reason for the claim</translation>
    </message>
    <message>
        <source>Birth</source>
        <extracomment>出生 (childcare.json child-allowance-claim claim_reason=birth)</extracomment>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Moving in</source>
        <extracomment>転入 (childcare.json child-allowance-claim claim_reason=move_in)</extracomment>
        <translation>Moving in</translation>
    </message>
    <message>
        <source>Date of birth or moving in</source>
        <extracomment>出生日・転入日 (childcare.json child-allowance-claim event_date)</extracomment>
        <translation>Date of birth or moving in</translation>
    </message>
    <message>
        <source>Income of the previous year</source>
        <extracomment>前年（前々年）の所得 (childcare.json child-allowance-claim previous_income)</extracomment>
        <translation>Income of the previous year</translation>
    </message>
    <message>
        <source>Claimant&apos;s My Number</source>
        <extracomment>請求者の個人番号 (childcare.json child-allowance-claim my_number)</extracomment>
        <translation>Claimant&apos;s My Number</translation>
    </message>
    <message>
        <source>Child allowance amount revision</source>
        <extracomment>児童手当 額改定の請求及び届出 (childcare.json child-allowance-revision name)</extracomment>
        <translation>Child allowance amount revision</translation>
    </message>
    <message>
        <source>More children</source>
        <extracomment>児童の増加 (childcare.json child-allowance-revision revision_reason=increase)</extracomment>
        <translation>More children</translation>
    </message>
    <message>
        <source>Fewer children</source>
        <extracomment>児童の減少 (childcare.json child-allowance-revision revision_reason=decrease)</extracomment>
        <translation>Fewer children</translation>
    </message>
    <message>
        <source>Child allowance name or address change notice</source>
        <extracomment>児童手当 氏名変更／住所変更等の届出 (childcare.json child-allowance-change-notice name)</extracomment>
        <translation>Child allowance name or address change notice</translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>変更の内容 (childcare.json child-allowance-change-notice change_type)</extracomment>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>氏名 (childcare.json child-allowance-change-notice change_type=name)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>住所 (childcare.json child-allowance-change-notice change_type=address)</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>Bank account</source>
        <extracomment>口座 (childcare.json child-allowance-change-notice change_type=account)</extracomment>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Date of change</source>
        <extracomment>変更日 (childcare.json child-allowance-change-notice change_date)</extracomment>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>New details</source>
        <extracomment>変更後の内容 (childcare.json child-allowance-change-notice new_value)</extracomment>
        <translation>New details</translation>
    </message>
    <message>
        <source>Child allowance lapse notice</source>
        <extracomment>児童手当 受給事由消滅の届出 (childcare.json child-allowance-lapse name)</extracomment>
        <translation>Child allowance lapse notice</translation>
    </message>
    <message>
        <source>Moving out</source>
        <extracomment>転出 (childcare.json child-allowance-lapse lapse_reason=move_out)</extracomment>
        <translation>Moving out</translation>
    </message>
    <message>
        <source>No longer caring for a child</source>
        <extracomment>児童を養育しなくなった (childcare.json child-allowance-lapse lapse_reason=no_child)</extracomment>
        <translation>No longer caring for a child</translation>
    </message>
    <message>
        <source>Became a civil servant</source>
        <extracomment>公務員になった (childcare.json child-allowance-lapse lapse_reason=civil_servant)</extracomment>
        <translation>Became a civil servant</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>消滅日 (childcare.json child-allowance-lapse lapse_date)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claim for unpaid child allowance</source>
        <extracomment>未支払の児童手当等の請求 (childcare.json child-allowance-unpaid-claim name)</extracomment>
        <translation>Claim for unpaid child allowance</translation>
    </message>
    <message>
        <source>Name of the deceased recipient</source>
        <extracomment>亡くなった受給者の氏名 (childcare.json child-allowance-unpaid-claim deceased_recipient)</extracomment>
        <translation>Name of the deceased recipient</translation>
    </message>
    <message>
        <source>Offer to donate child allowance</source>
        <extracomment>児童手当等に係る寄附の申出 (childcare.json child-allowance-donation name)</extracomment>
        <translation>Offer to donate child allowance</translation>
    </message>
    <message>
        <source>Amount to donate</source>
        <extracomment>寄附する額 (childcare.json child-allowance-donation donation_amount)</extracomment>
        <translation>Amount to donate</translation>
    </message>
    <message>
        <source>Change to a child allowance donation</source>
        <extracomment>児童手当に係る寄附変更等の申出 (childcare.json child-allowance-donation-change name)</extracomment>
        <translation>Change to a child allowance donation</translation>
    </message>
    <message>
        <source>New amount</source>
        <extracomment>変更後の寄附額 (childcare.json child-allowance-donation-change donation_amount)</extracomment>
        <translation>New amount</translation>
    </message>
    <message>
        <source>Request to pay school fees from child allowance</source>
        <extracomment>受給資格者の申出による学校給食費等の徴収等の申出 (childcare.json school-fee-deduction name)</extracomment>
        <translation>Request to pay school fees from child allowance</translation>
    </message>
    <message>
        <source>Fees</source>
        <extracomment>徴収する費用 (childcare.json school-fee-deduction fee_kind)</extracomment>
        <translation>Fees</translation>
    </message>
    <message>
        <source>School lunch</source>
        <extracomment>学校給食費 (childcare.json school-fee-deduction fee_kind=school_lunch)</extracomment>
        <translation>School lunch</translation>
    </message>
    <message>
        <source>Nursery fees</source>
        <extracomment>保育料 (childcare.json school-fee-deduction fee_kind=nursery)</extracomment>
        <translation>Nursery fees</translation>
    </message>
    <message>
        <source>Change to paying school fees from child allowance</source>
        <extracomment>学校給食費等の徴収等の変更等の申出 (childcare.json school-fee-deduction-change name)</extracomment>
        <translation>Change to paying school fees from child allowance</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>変更の内容 (childcare.json school-fee-deduction-change change_reason)</extracomment>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Child allowance status report</source>
        <extracomment>児童手当等の現況届 (childcare.json child-allowance-status-report name)</extracomment>
        <translation>Child allowance status report</translation>
    </message>
    <message>
        <source>Application for childcare benefit certification</source>
        <extracomment>教育・保育給付認定（支給認定）の申請 (childcare.json childcare-benefit-certification name)</extracomment>
        <translation>Application for childcare benefit certification</translation>
    </message>
    <message>
        <source>Certification type</source>
        <extracomment>認定区分 (childcare.json childcare-benefit-certification certification_type)</extracomment>
        <translation>Certification type</translation>
    </message>
    <message>
        <source>Type 1 (education hours)</source>
        <extracomment>1号認定（教育標準時間） (childcare.json childcare-benefit-certification certification_type=1)</extracomment>
        <translation>Type 1 (education hours)</translation>
    </message>
    <message>
        <source>Type 2 (aged 3+, day care)</source>
        <extracomment>2号認定（満3歳以上・保育） (childcare.json childcare-benefit-certification certification_type=2)</extracomment>
        <translation>Type 2 (aged 3+, day care)</translation>
    </message>
    <message>
        <source>Type 3 (under 3, day care)</source>
        <extracomment>3号認定（満3歳未満・保育） (childcare.json childcare-benefit-certification certification_type=3)</extracomment>
        <translation>Type 3 (under 3, day care)</translation>
    </message>
    <message>
        <source>Why day care is needed</source>
        <extracomment>保育を必要とする理由 (childcare.json childcare-benefit-certification care_need_reason)</extracomment>
        <translation>Why day care is needed</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>就労 (childcare.json childcare-benefit-certification care_need_reason=work)</extracomment>
        <translation>Work</translation>
    </message>
    <message>
        <source>Pregnancy or birth</source>
        <extracomment>妊娠・出産 (childcare.json childcare-benefit-certification care_need_reason=pregnancy)</extracomment>
        <translation>Pregnancy or birth</translation>
    </message>
    <message>
        <source>Illness or disability</source>
        <extracomment>疾病・障害 (childcare.json childcare-benefit-certification care_need_reason=illness)</extracomment>
        <translation>Illness or disability</translation>
    </message>
    <message>
        <source>Caring for a relative</source>
        <extracomment>介護・看護 (childcare.json childcare-benefit-certification care_need_reason=care)</extracomment>
        <translation>Caring for a relative</translation>
    </message>
    <message>
        <source>Application to use a childcare facility</source>
        <extracomment>保育施設等の利用申込 (childcare.json childcare-facility-application name)</extracomment>
        <translation>Application to use a childcare facility</translation>
    </message>
    <message>
        <source>Preferred facilities (1st to 3rd)</source>
        <extracomment>希望する施設（第1～第3希望） (childcare.json childcare-facility-application preferred_facilities)</extracomment>
        <translation>Preferred facilities (1st to 3rd)</translation>
    </message>
    <message>
        <source>Preferred start date</source>
        <extracomment>利用開始希望日 (childcare.json childcare-facility-application start_date)</extracomment>
        <translation>Preferred start date</translation>
    </message>
    <message>
        <source>Childcare facility status report</source>
        <extracomment>保育施設等の現況届 (childcare.json childcare-facility-status-report name)</extracomment>
        <translation>Childcare facility status report</translation>
    </message>
    <message>
        <source>Advance sending of the child-rearing allowance status report</source>
        <extracomment>児童扶養手当の現況届の事前送信 (childcare.json child-rearing-allowance-status-advance name)</extracomment>
        <translation>Advance sending of the child-rearing allowance status report</translation>
    </message>
    <message>
        <source>Living situation</source>
        <extracomment>生活の状況 (childcare.json child-rearing-allowance-status-advance living_situation)</extracomment>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>Pregnancy notice</source>
        <extracomment>妊娠の届出 (childcare.json pregnancy-notice name)</extracomment>
        <translation>Pregnancy notice</translation>
    </message>
    <message>
        <source>For a proxy: letter of proxy and the proxy&apos;s proof of identity</source>
        <extracomment>代理人の場合は委任状と代理人の本人確認書類 (childcare.json pregnancy-notice documents[2])</extracomment>
        <translation>For a proxy: letter of proxy and the proxy&apos;s proof of identity</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s name</source>
        <extracomment>妊婦氏名 (childcare.json pregnancy-notice mother_name)</extracomment>
        <translation>Expectant mother&apos;s name</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s name (katakana)</source>
        <extracomment>妊婦氏名（フリガナ） (childcare.json pregnancy-notice mother_kana)</extracomment>
        <translation>Expectant mother&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s date of birth</source>
        <extracomment>妊婦生年月日 (childcare.json pregnancy-notice mother_birth_date)</extracomment>
        <translation>Expectant mother&apos;s date of birth</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s address</source>
        <extracomment>妊婦住所 (childcare.json pregnancy-notice mother_address)</extracomment>
        <translation>Expectant mother&apos;s address</translation>
    </message>
    <message>
        <source>Expected delivery date</source>
        <extracomment>出産予定日 (childcare.json pregnancy-notice expected_delivery_date)</extracomment>
        <translation>Expected delivery date</translation>
    </message>
    <message>
        <source>Weeks of pregnancy (today)</source>
        <extracomment>妊娠週数（届出日現在） (childcare.json pregnancy-notice weeks_pregnant)</extracomment>
        <translation>Weeks of pregnancy (today)</translation>
    </message>
    <message>
        <source>Medical institution that confirmed the pregnancy</source>
        <extracomment>診断を受けた医療機関 (childcare.json pregnancy-notice diagnosis_institution)</extracomment>
        <translation>Medical institution that confirmed the pregnancy</translation>
    </message>
    <message>
        <source>Multiple pregnancy (twins, etc.)</source>
        <extracomment>多胎妊娠（双子など） (childcare.json pregnancy-notice multiple_pregnancy)</extracomment>
        <translation>Multiple pregnancy (twins, etc.)</translation>
    </message>
    <message>
        <source>Number of babies</source>
        <extracomment>胎児の数 (childcare.json pregnancy-notice number_of_babies)</extracomment>
        <translation>Number of babies</translation>
    </message>
    <message>
        <source>Previous births</source>
        <extracomment>これまでの出産回数 (childcare.json pregnancy-notice previous_births)</extracomment>
        <translation>Previous births</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>妊婦の職業 (childcare.json pregnancy-notice occupation)</extracomment>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <extracomment>パートナーの氏名 (childcare.json pregnancy-notice partner_name)</extracomment>
        <translation>Partner&apos;s name</translation>
    </message>
    <message>
        <source>Wishes to talk with a public health nurse</source>
        <extracomment>保健師との面談を希望する (childcare.json pregnancy-notice interview_consent)</extracomment>
        <translation>Wishes to talk with a public health nurse</translation>
    </message>
    <message>
        <source>The expectant mother files herself</source>
        <extracomment>届出人が妊婦本人である (childcare.json pregnancy-notice notifier_is_mother)</extracomment>
        <translation>The expectant mother files herself</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s My Number</source>
        <extracomment>妊婦の個人番号 (childcare.json pregnancy-notice my_number)</extracomment>
        <translation>Expectant mother&apos;s My Number</translation>
    </message>
    <message>
        <source>Infant medical expense certificate application</source>
        <extracomment>乳幼児医療証 交付申請 (childcare.json infant-medical-certificate name)</extracomment>
        <translation>Infant medical expense certificate application</translation>
    </message>
    <message>
        <source>Child&apos;s health insurance card (later if enrolment is pending)</source>
        <extracomment>お子さまの健康保険証（加入手続き中の場合は後日） (childcare.json infant-medical-certificate documents[1])</extracomment>
        <translation>Child&apos;s health insurance card (later if enrolment is pending)</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <extracomment>保護者氏名 (childcare.json infant-medical-certificate guardian_name)</extracomment>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (katakana)</source>
        <extracomment>保護者氏名（フリガナ） (childcare.json infant-medical-certificate guardian_kana)</extracomment>
        <translation>Guardian&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Guardian&apos;s date of birth</source>
        <extracomment>保護者生年月日 (childcare.json infant-medical-certificate guardian_birth_date)</extracomment>
        <translation>Guardian&apos;s date of birth</translation>
    </message>
    <message>
        <source>Guardian&apos;s address</source>
        <extracomment>保護者住所 (childcare.json infant-medical-certificate guardian_address)</extracomment>
        <translation>Guardian&apos;s address</translation>
    </message>
    <message>
        <source>Child&apos;s health insurance</source>
        <extracomment>お子さまの健康保険 (childcare.json infant-medical-certificate health_insurance)</extracomment>
        <translation>Child&apos;s health insurance</translation>
    </message>
    <message>
        <source>Disaster victim certificate request</source>
        <extracomment>罹災証明書 交付申請 (disaster.json disaster-certificate name)</extracomment>
        <translation>Disaster victim certificate request</translation>
    </message>
    <message>
        <source>Photos showing the damage</source>
        <extracomment>被害状況がわかる写真 (disaster.json disaster-certificate documents[1])</extracomment>
        <translation>Photos showing the damage</translation>
    </message>
    <message>
        <source>Disaster</source>
        <extracomment>災害名 (disaster.json disaster-certificate disaster_name)</extracomment>
        <translation>Disaster</translation>
    </message>
    <message>
        <source>Date of the damage</source>
        <extracomment>被災した日 (disaster.json disaster-certificate disaster_date)</extracomment>
        <translation>Date of the damage</translation>
    </message>
    <message>
        <source>Address of the damaged home</source>
        <extracomment>被害を受けた住家の所在地 (disaster.json disaster-certificate damaged_property_address)</extracomment>
        <translation>Address of the damaged home</translation>
    </message>
    <message>
        <source>Ownership of the home</source>
        <extracomment>住家の所有関係 (disaster.json disaster-certificate ownership)</extracomment>
        <translation>Ownership of the home</translation>
    </message>
    <message>
        <source>Owned</source>
        <extracomment>持家 (disaster.json disaster-certificate ownership=owner)</extracomment>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Rented</source>
        <extracomment>借家 (disaster.json disaster-certificate ownership=tenant)</extracomment>
        <translation>Rented</translation>
    </message>
    <message>
        <source>Type of building</source>
        <extracomment>住家の構造 (disaster.json disaster-certificate building_type)</extracomment>
        <translation>Type of building</translation>
    </message>
    <message>
        <source>Wooden</source>
        <extracomment>木造 (disaster.json disaster-certificate building_type=wooden)</extracomment>
        <translation>Wooden</translation>
    </message>
    <message>
        <source>Steel</source>
        <extracomment>鉄骨造 (disaster.json disaster-certificate building_type=steel)</extracomment>
        <translation>Steel</translation>
    </message>
    <message>
        <source>Reinforced concrete</source>
        <extracomment>鉄筋コンクリート造 (disaster.json disaster-certificate building_type=rc)</extracomment>
        <translation>Reinforced concrete</translation>
    </message>
    <message>
        <source>Cause of damage</source>
        <extracomment>被害の原因 (disaster.json disaster-certificate damage_type)</extracomment>
        <translation>Cause of damage</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <extracomment>地震 (disaster.json disaster-certificate damage_type=earthquake)</extracomment>
        <translation>Earthquake</translation>
    </message>
    <message>
        <source>Flood</source>
        <extracomment>浸水 (disaster.json disaster-certificate damage_type=flood)</extracomment>
        <translation>Flood</translation>
    </message>
    <message>
        <source>Wind</source>
        <extracomment>風害 (disaster.json disaster-certificate damage_type=wind)</extracomment>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>火災 (disaster.json disaster-certificate damage_type=fire)</extracomment>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Landslide</source>
        <extracomment>土砂災害 (disaster.json disaster-certificate damage_type=landslide)</extracomment>
        <translation>Landslide</translation>
    </message>
    <message>
        <source>Description of the damage</source>
        <extracomment>被害の状況 (disaster.json disaster-certificate damage_description)</extracomment>
        <translation>Description of the damage</translation>
    </message>
    <message>
        <source>Photos of the damage are provided</source>
        <extracomment>被害状況の写真を提出する (disaster.json disaster-certificate photos_provided)</extracomment>
        <translation>Photos of the damage are provided</translation>
    </message>
    <message>
        <source>Household members</source>
        <extracomment>世帯員 (disaster.json disaster-certificate household_members)</extracomment>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Requester&apos;s relationship to the victim</source>
        <extracomment>申請者と被災者の関係 (disaster.json disaster-certificate requester_relationship)</extracomment>
        <translation>Requester&apos;s relationship to the victim</translation>
    </message>
    <message>
        <source>Self</source>
        <extracomment>本人 (disaster.json disaster-certificate requester_relationship=self)</extracomment>
        <translation>Self</translation>
    </message>
    <message>
        <source>Household member</source>
        <extracomment>同一世帯の方 (disaster.json disaster-certificate requester_relationship=household)</extracomment>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>代理人 (disaster.json disaster-certificate requester_relationship=proxy)</extracomment>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Move-in notice</source>
        <extracomment>転入届 (life-events.json move-in name)</extracomment>
        <translation>Move-in notice</translation>
    </message>
    <message>
        <source>Move-out certificate (not needed with the My Number card special procedure)</source>
        <extracomment>転出証明書（マイナンバーカードによる特例の場合は不要） (life-events.json move-in documents[1])</extracomment>
        <translation>Move-out certificate (not needed with the My Number card special procedure)</translation>
    </message>
    <message>
        <source>My Number cards of everyone moving in</source>
        <extracomment>転入する方全員のマイナンバーカード (life-events.json move-in documents[2])</extracomment>
        <translation>My Number cards of everyone moving in</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <extracomment>届出人氏名 (life-events.json move-in notifier_name)</extracomment>
        <translation>Notifier&apos;s name</translation>
    </message>
    <message>
        <source>Notifier&apos;s name (katakana)</source>
        <extracomment>届出人氏名（フリガナ） (life-events.json move-in notifier_kana)</extracomment>
        <translation>Notifier&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Notifier&apos;s date of birth</source>
        <extracomment>届出人生年月日 (life-events.json move-in notifier_birth_date)</extracomment>
        <translation>Notifier&apos;s date of birth</translation>
    </message>
    <message>
        <source>Notifier&apos;s address</source>
        <extracomment>届出人住所 (life-events.json move-in notifier_address)</extracomment>
        <translation>Notifier&apos;s address</translation>
    </message>
    <message>
        <source>Date you moved in</source>
        <extracomment>転入した日（住み始めた日） (life-events.json move-in move_in_date)</extracomment>
        <translation>Date you moved in</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>前住所 (life-events.json move-in previous_address)</extracomment>
        <translation>Previous address</translation>
    </message>
    <message>
        <source>New address</source>
        <extracomment>新しい住所 (life-events.json move-in new_address)</extracomment>
        <translation>New address</translation>
    </message>
    <message>
        <source>Postal code of the new address</source>
        <extracomment>新しい住所の郵便番号 (life-events.json move-in new_postal_code)</extracomment>
        <translation>Postal code of the new address</translation>
    </message>
    <message>
        <source>Head of household&apos;s name</source>
        <extracomment>世帯主氏名 (life-events.json move-in head_of_household)</extracomment>
        <translation>Head of household&apos;s name</translation>
    </message>
    <message>
        <source>People concerned (name, date of birth, relationship)</source>
        <extracomment>異動する方（氏名・生年月日・続柄） (life-events.json move-in members)</extracomment>
        <translation>People concerned (name, date of birth, relationship)</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <extracomment>転出証明書の種類 (life-events.json move-in moving_out_certificate)</extracomment>
        <translation>Move-out certificate</translation>
    </message>
    <message>
        <source>Paper move-out certificate</source>
        <extracomment>転出証明書（紙） (life-events.json move-in moving_out_certificate=paper)</extracomment>
        <translation>Paper move-out certificate</translation>
    </message>
    <message>
        <source>Move-in notice with the My Number card (special procedure)</source>
        <extracomment>マイナンバーカードによる転入届の特例 (life-events.json move-in moving_out_certificate=card)</extracomment>
        <translation>Move-in notice with the My Number card (special procedure)</translation>
    </message>
    <message>
        <source>Someone had a long-term care certification at the previous address</source>
        <extracomment>前住所地で要介護・要支援認定を受けていた方がいる (life-events.json move-in has_care_certification)</extracomment>
        <translation>Someone had a long-term care certification at the previous address</translation>
    </message>
    <message>
        <source>Received child allowance at the previous address</source>
        <extracomment>前住所地で児童手当を受給していた (life-events.json move-in receives_child_allowance)</extracomment>
        <translation>Received child allowance at the previous address</translation>
    </message>
    <message>
        <source>Move-out notice</source>
        <extracomment>転出届 (life-events.json move-out name)</extracomment>
        <translation>Move-out notice</translation>
    </message>
    <message>
        <source>Seal registration card (if registered)</source>
        <extracomment>印鑑登録証（登録している方） (life-events.json move-out documents[1])</extracomment>
        <translation>Seal registration card (if registered)</translation>
    </message>
    <message>
        <source>National health insurance card (if insured)</source>
        <extracomment>国民健康保険証（加入している方） (life-events.json move-out documents[2])</extracomment>
        <translation>National health insurance card (if insured)</translation>
    </message>
    <message>
        <source>Date of moving out (planned)</source>
        <extracomment>転出する日（予定日） (life-events.json move-out move_out_date)</extracomment>
        <translation>Date of moving out (planned)</translation>
    </message>
    <message>
        <source>Address you are moving to</source>
        <extracomment>転出先の住所 (life-events.json move-out new_address)</extracomment>
        <translation>Address you are moving to</translation>
    </message>
    <message>
        <source>Change-of-address notice</source>
        <extracomment>転居届 (life-events.json move-within name)</extracomment>
        <translation>Change-of-address notice</translation>
    </message>
    <message>
        <source>My Number cards of everyone moving</source>
        <extracomment>転居する方全員のマイナンバーカード (life-events.json move-within documents[1])</extracomment>
        <translation>My Number cards of everyone moving</translation>
    </message>
    <message>
        <source>Date you moved</source>
        <extracomment>転居した日 (life-events.json move-within move_date)</extracomment>
        <translation>Date you moved</translation>
    </message>
    <message>
        <source>Birth registration</source>
        <extracomment>出生届 (life-events.json birth name)</extracomment>
        <translation>Birth registration</translation>
    </message>
    <message>
        <source>Certificate of birth (right half of the form)</source>
        <extracomment>出生証明書（出生届の右側） (life-events.json birth documents[0])</extracomment>
        <translation>Certificate of birth (right half of the form)</translation>
    </message>
    <message>
        <source>Maternal and child health handbook</source>
        <extracomment>母子健康手帳 (life-events.json birth documents[1])</extracomment>
        <translation>Maternal and child health handbook</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <extracomment>子の氏名 (life-events.json birth child_name)</extracomment>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Child&apos;s name (katakana)</source>
        <extracomment>子の氏名（フリガナ） (life-events.json birth child_kana)</extracomment>
        <translation>Child&apos;s name (katakana)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>生まれた日 (life-events.json birth child_birth_date)</extracomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Child&apos;s sex</source>
        <extracomment>子の性別 (life-events.json birth child_sex)</extracomment>
        <translation>Child&apos;s sex</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <extracomment>生まれたところ (life-events.json birth birthplace)</extracomment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Relationship to the parents</source>
        <extracomment>父母との続柄 (life-events.json birth relationship_to_parents)</extracomment>
        <translation>Relationship to the parents</translation>
    </message>
    <message>
        <source>Child born in wedlock</source>
        <extracomment>嫡出子 (life-events.json birth relationship_to_parents=legitimate)</extracomment>
        <translation>Child born in wedlock</translation>
    </message>
    <message>
        <source>Child born out of wedlock</source>
        <extracomment>嫡出でない子 (life-events.json birth relationship_to_parents=non_legitimate)</extracomment>
        <translation>Child born out of wedlock</translation>
    </message>
    <message>
        <source>Death registration</source>
        <extracomment>死亡届 (life-events.json death name)</extracomment>
        <translation>Death registration</translation>
    </message>
    <message>
        <source>Medical certificate of death</source>
        <extracomment>死亡診断書（死体検案書） (life-events.json death documents[0])</extracomment>
        <translation>Medical certificate of death</translation>
    </message>
    <message>
        <source>Name of the deceased</source>
        <extracomment>亡くなった方の氏名 (life-events.json death deceased_name)</extracomment>
        <translation>Name of the deceased</translation>
    </message>
    <message>
        <source>Date of death</source>
        <extracomment>亡くなった日 (life-events.json death date_of_death)</extracomment>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Place of death</source>
        <extracomment>亡くなったところ (life-events.json death place_of_death)</extracomment>
        <translation>Place of death</translation>
    </message>
    <message>
        <source>Notifier&apos;s relationship to the deceased</source>
        <extracomment>届出人の資格 (life-events.json death notifier_relationship)</extracomment>
        <translation>Notifier&apos;s relationship to the deceased</translation>
    </message>
    <message>
        <source>Relative living together</source>
        <extracomment>同居の親族 (life-events.json death notifier_relationship=relative)</extracomment>
        <translation>Relative living together</translation>
    </message>
    <message>
        <source>Other relative</source>
        <extracomment>その他の親族 (life-events.json death notifier_relationship=other_relative)</extracomment>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Marriage registration</source>
        <extracomment>婚姻届 (life-events.json marriage name)</extracomment>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Signatures of two witnesses</source>
        <extracomment>証人2名の署名 (life-events.json marriage documents[1])</extracomment>
        <translation>Signatures of two witnesses</translation>
    </message>
    <message>
        <source>Family register copy (when filing outside the registered domicile; may be unnecessary through data linkage)</source>
        <extracomment>戸籍謄本（本籍地以外に届け出る場合。戸籍情報連携で不要になる場合があります） (life-events.json marriage documents[2])</extracomment>
        <translation>Family register copy (when filing outside the registered domicile; may be unnecessary through data linkage)</translation>
    </message>
    <message>
        <source>Husband&apos;s name</source>
        <extracomment>夫になる人の氏名 (life-events.json marriage husband_name)</extracomment>
        <translation>Husband&apos;s name</translation>
    </message>
    <message>
        <source>Husband&apos;s date of birth</source>
        <extracomment>夫になる人の生年月日 (life-events.json marriage husband_birth_date)</extracomment>
        <translation>Husband&apos;s date of birth</translation>
    </message>
    <message>
        <source>Wife&apos;s name</source>
        <extracomment>妻になる人の氏名 (life-events.json marriage wife_name)</extracomment>
        <translation>Wife&apos;s name</translation>
    </message>
    <message>
        <source>Wife&apos;s date of birth</source>
        <extracomment>妻になる人の生年月日 (life-events.json marriage wife_birth_date)</extracomment>
        <translation>Wife&apos;s date of birth</translation>
    </message>
    <message>
        <source>Surname after marriage</source>
        <extracomment>婚姻後の夫婦の氏 (life-events.json marriage marriage_surname)</extracomment>
        <translation>Surname after marriage</translation>
    </message>
    <message>
        <source>Husband&apos;s surname</source>
        <extracomment>夫の氏 (life-events.json marriage marriage_surname=husband)</extracomment>
        <translation>Husband&apos;s surname</translation>
    </message>
    <message>
        <source>Wife&apos;s surname</source>
        <extracomment>妻の氏 (life-events.json marriage marriage_surname=wife)</extracomment>
        <translation>Wife&apos;s surname</translation>
    </message>
    <message>
        <source>Address after marriage</source>
        <extracomment>婚姻後の住所 (life-events.json marriage new_address)</extracomment>
        <translation>Address after marriage</translation>
    </message>
    <message>
        <source>Either spouse has a child under 18</source>
        <extracomment>届出人に18歳未満の子がいる (life-events.json marriage has_children)</extracomment>
        <translation>Either spouse has a child under 18</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <extracomment>離婚届 (life-events.json divorce name)</extracomment>
        <translation>Divorce registration</translation>
    </message>
    <message>
        <source>Signatures of two witnesses (divorce by agreement)</source>
        <extracomment>証人2名の署名（協議離婚の場合） (life-events.json divorce documents[1])</extracomment>
        <translation>Signatures of two witnesses (divorce by agreement)</translation>
    </message>
    <message>
        <source>Type of divorce</source>
        <extracomment>離婚の種別 (life-events.json divorce divorce_type)</extracomment>
        <translation>Type of divorce</translation>
    </message>
    <message>
        <source>By agreement</source>
        <extracomment>協議離婚 (life-events.json divorce divorce_type=agreement)</extracomment>
        <translation>By agreement</translation>
    </message>
    <message>
        <source>By mediation</source>
        <extracomment>調停離婚 (life-events.json divorce divorce_type=mediation)</extracomment>
        <translation>By mediation</translation>
    </message>
    <message>
        <source>By judgment</source>
        <extracomment>裁判離婚 (life-events.json divorce divorce_type=judgment)</extracomment>
        <translation>By judgment</translation>
    </message>
    <message>
        <source>Parent with custody of minor children</source>
        <extracomment>未成年の子の親権者 (life-events.json divorce custody)</extracomment>
        <translation>Parent with custody of minor children</translation>
    </message>
    <message>
        <source>Husband</source>
        <extracomment>夫 (life-events.json divorce custody=husband)</extracomment>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Wife</source>
        <extracomment>妻 (life-events.json divorce custody=wife)</extracomment>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Address after divorce</source>
        <extracomment>離婚後の住所 (life-events.json divorce new_address)</extracomment>
        <translation>Address after divorce</translation>
    </message>
    <message>
        <source>The Citizens Division counter at the city hall (weekdays 8:30 to 17:00). Please bring this sheet.</source>
        <extracomment>市役所 市民課の窓口（平日 8時30分から17時まで）。この紙を持って来てください。 (guidance.json contact)</extracomment>
        <translation>The Citizens Division counter at the city hall (weekdays 8:30 to 17:00). Please bring this sheet.</translation>
    </message>
    <message>
        <source>Notices about health insurance and taxes will arrive by post at your new address.</source>
        <extracomment>新しい住所に、健康保険や税のお知らせが郵便で届きます。 (guidance.json categories life_event)</extracomment>
        <translation>Notices about health insurance and taxes will arrive by post at your new address.</translation>
    </message>
    <message>
        <source>The certificates you received today complete the procedure. Nothing will arrive by post.</source>
        <extracomment>今日受け取った証明書で手続きは終わりです。郵便で届くものはありません。 (guidance.json categories certificate)</extracomment>
        <translation>The certificates you received today complete the procedure. Nothing will arrive by post.</translation>
    </message>
    <message>
        <source>The result of the review will arrive by post in about one month.</source>
        <extracomment>審査の結果は、約1か月後に郵便で届きます。 (guidance.json categories childcare)</extracomment>
        <translation>The result of the review will arrive by post in about one month.</translation>
    </message>
    <message>
        <source>The result will arrive by post. It usually takes about 30 days.</source>
        <extracomment>結果は郵便で届きます。ふつう30日ほどかかります。 (guidance.json categories care)</extracomment>
        <translation>The result will arrive by post. It usually takes about 30 days.</translation>
    </message>
    <message>
        <source>The city will contact you about the survey of the damage.</source>
        <extracomment>被害の調査について、市から連絡があります。 (guidance.json categories disaster)</extracomment>
        <translation>The city will contact you about the survey of the damage.</translation>
    </message>
    <message>
        <source>The address on your My Number card was updated in today&apos;s procedure.</source>
        <extracomment>マイナンバーカードの住所は、今日の手続きで書き換えました。 (guidance.json procedures move-in)</extracomment>
        <translation>The address on your My Number card was updated in today&apos;s procedure.</translation>
    </message>
    <message>
        <source>Please file a move-in notice at your new municipality within 14 days of moving.</source>
        <extracomment>新しい市区町村で、引っ越した日から14日以内に転入届を出してください。 (guidance.json procedures move-out)</extracomment>
        <translation>Please file a move-in notice at your new municipality within 14 days of moving.</translation>
    </message>
    <message>
        <source>Please claim the child allowance within 15 days of the day after the birth.</source>
        <extracomment>児童手当は、生まれた日の翌日から15日以内に請求してください。 (guidance.json procedures birth)</extracomment>
        <translation>Please claim the child allowance within 15 days of the day after the birth.</translation>
    </message>
    <message>
        <source>The child allowance is paid into your account from the month after it is approved.</source>
        <extracomment>児童手当は、認定された月の翌月分から口座に振り込まれます。 (guidance.json procedures child-allowance-claim)</extracomment>
        <translation>The child allowance is paid into your account from the month after it is approved.</translation>
    </message>
    <message>
        <source>Child</source>
        <extracomment>子 (kiosk/members.json relationship=子)</extracomment>
        <translation>Child</translation>
    </message>
    <message>
        <source>Father</source>
        <extracomment>父 (kiosk/members.json relationship=父)</extracomment>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <extracomment>母 (kiosk/members.json relationship=母)</extracomment>
        <translation>Mother</translation>
    </message>
</context>
<context>
    <name>ResidentGuidance</name>
    <message>
        <source>Your visit today</source>
        <translation>Your visit today</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Reception number: %1</source>
        <translation>Reception number: %1</translation>
    </message>
    <message>
        <source>What was done today</source>
        <translation>What was done today</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Next procedure: %1</source>
        <translation>Next procedure: %1</translation>
    </message>
    <message>
        <source>No procedure was completed today.</source>
        <translation>No procedure was completed today.</translation>
    </message>
    <message>
        <source>Whom to contact</source>
        <translation>Whom to contact</translation>
    </message>
    <message>
        <source>If anything is unclear, show this sheet at any counter of the city hall.</source>
        <translation>If anything is unclear, show this sheet at any counter of the city hall.</translation>
    </message>
</context>
<context>
    <name>ResidentKiosk</name>
    <message>
        <source>Place your My Number card on the reader and enter your PIN (4 digits).</source>
        <translation>Place your My Number card on the reader and enter your PIN (4 digits).</translation>
    </message>
    <message>
        <source>Are you still there? Everything you entered will be cleared in %1 seconds.</source>
        <translation>Are you still there? Everything you entered will be cleared in %1 seconds.</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Use my card</source>
        <translation>Use my card</translation>
    </message>
    <message>
        <source>Continue without the card</source>
        <translation>Continue without the card</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Please choose your language.</source>
        <translation>Please choose your language.</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>What brings you here today?</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>Choose one or more.</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>A few questions</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Please answer yes or no.</translation>
    </message>
    <message>
        <source>Enter in advance</source>
        <translation>Enter in advance</translation>
    </message>
    <message>
        <source>Enter what you can. The clerk checks it with you.</source>
        <translation>Enter what you can. The clerk checks it with you.</translation>
    </message>
    <message>
        <source>What to bring and the fees</source>
        <translation>What to bring and the fees</translation>
    </message>
    <message>
        <source>Please have these ready at the counter.</source>
        <translation>Please have these ready at the counter.</translation>
    </message>
    <message>
        <source>Your My Number card (optional)</source>
        <translation>Your My Number card (optional)</translation>
    </message>
    <message>
        <source>With your card, the counter finds you faster.</source>
        <translation>With your card, the counter finds you faster.</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>Your reception number</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>One moment, please.</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Please wait until your number is called.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>People moving with you</source>
        <translation>People moving with you</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth (e.g. 2019/05/01)</source>
        <translation>Date of birth (e.g. 2019/05/01)</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <source>Please check this entry.</source>
        <translation>Please check this entry.</translation>
    </message>
    <message>
        <source>Do you also want to do this today?</source>
        <translation>Do you also want to do this today?</translation>
    </message>
    <message>
        <source>Fee: %1 yen per copy</source>
        <translation>Fee: %1 yen per copy</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <source>You can use your My Number card now, or go on without it.</source>
        <translation>You can use your My Number card now, or go on without it.</translation>
    </message>
    <message>
        <source>The PIN did not match. Please continue without the card; the counter will help you.</source>
        <translation>The PIN did not match. Please continue without the card; the counter will help you.</translation>
    </message>
    <message>
        <source>The card could not be read. Please continue without the card.</source>
        <translation>The card could not be read. Please continue without the card.</translation>
    </message>
    <message>
        <source>A number could not be issued. Please ask at the information desk.</source>
        <translation>A number could not be issued. Please ask at the information desk.</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Counter: %1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min. People waiting before you: %2.</source>
        <translation>Estimated wait: about %1 min. People waiting before you: %2.</translation>
    </message>
    <message>
        <source>Please note your number.</source>
        <translation>Please note your number.</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>Please take your ticket.</translation>
    </message>
    <message>
        <source>Scan the code to see the waiting status on your phone.</source>
        <translation>Scan the code to see the waiting status on your phone.</translation>
    </message>
    <message>
        <source>QR code of the waiting status</source>
        <translation>QR code of the waiting status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please note the number on this screen. The counter will call you by this number.</source>
        <translation>Your ticket could not be printed. Please note the number on this screen. The counter will call you by this number.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translation>Your ticket is being printed.</translation>
    </message>
</context>
<context>
    <name>ResidentSignage</name>
    <message>
        <source>Lobby display</source>
        <translation>Lobby display</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>Called before</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>No number is being called right now.</source>
        <translation>No number is being called right now.</translation>
    </message>
    <message>
        <source>This display may not be up to date. Please ask at a counter.</source>
        <translation>This display may not be up to date. Please ask at a counter.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <translation>Number %1, please come to counter %2.</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>About %1 min</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>No wait</translation>
    </message>
</context>
<context>
    <name>ResidentWindow</name>
    <message>
        <source>Counter — for you</source>
        <translation>Counter — for you</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>PIN pad</translation>
    </message>
    <message>
        <source>I understand — enter my PIN</source>
        <translation>I understand — enter my PIN</translation>
    </message>
    <message>
        <source>Everything is correct</source>
        <translation>Everything is correct</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Please enter your card&apos;s 4-digit PIN. Only you see this screen.</source>
        <translation>Please enter your card&apos;s 4-digit PIN. Only you see this screen.</translation>
    </message>
    <message numerus="yes">
        <source>Tries left: %n</source>
        <translation>
            <numerusform>Tries left: %n</numerusform>
            <numerusform>Tries left: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>If this PIN is wrong, your card will be locked and must be unlocked at the My Number card counter. If you are not sure of your PIN, tell the clerk: you can be served without it.</source>
        <translation>If this PIN is wrong, your card will be locked and must be unlocked at the My Number card counter. If you are not sure of your PIN, tell the clerk: you can be served without it.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
    <message>
        <source>Please leave the card on the reader until this is done.</source>
        <translation>Please leave the card on the reader until this is done.</translation>
    </message>
    <message>
        <source>Your card&apos;s PIN is locked</source>
        <translation>Your card&apos;s PIN is locked</translation>
    </message>
    <message>
        <source>Do not worry: the clerk can still serve you today in another way.</source>
        <translation>Do not worry: the clerk can still serve you today in another way.</translation>
    </message>
    <message>
        <source>Confirming who you are</source>
        <translation>Confirming who you are</translation>
    </message>
    <message>
        <source>If you have your My Number card, please place it on the reader on the counter.</source>
        <translation>If you have your My Number card, please place it on the reader on the counter.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Your documents are being prepared.</source>
        <translation>Your documents are being prepared.</translation>
    </message>
    <message>
        <source>All done. Thank you!</source>
        <translation>All done. Thank you!</translation>
    </message>
    <message numerus="yes">
        <source>The clerk will hand you your documents. %n document(s) issued.</source>
        <translation>
            <numerusform>The clerk will hand you your documents. %n document issued.</numerusform>
            <numerusform>The clerk will hand you your documents. %n documents issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from your card</source>
        <translation>Read from your card</translation>
    </message>
    <message>
        <source>Found in the city&apos;s records</source>
        <translation>Found in the city&apos;s records</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>The clerk is preparing your forms. You will not need to write.</source>
        <translation>The clerk is preparing your forms. You will not need to write.</translation>
    </message>
    <message>
        <source>(read from your card; not shown)</source>
        <translation>(read from your card; not shown)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>Fee: %1 yen</translation>
    </message>
    <message>
        <source>Total to pay: %1 yen</source>
        <translation>Total to pay: %1 yen</translation>
    </message>
    <message>
        <source>Please check your forms. Is everything correct?</source>
        <translation>Please check your forms. Is everything correct?</translation>
    </message>
    <message>
        <source>Thank you. The clerk will now issue your documents.</source>
        <translation>Thank you. The clerk will now issue your documents.</translation>
    </message>
    <message>
        <source>If something is wrong, please tell the clerk.</source>
        <translation>If something is wrong, please tell the clerk.</translation>
    </message>
    <message>
        <source>Reading aloud is not available in this language on this terminal.</source>
        <translation>Reading aloud is not available in this language on this terminal.</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>In your language</source>
        <translation>In your language</translation>
    </message>
    <message>
        <source>Words used at the counter</source>
        <translation>Words used at the counter</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Choose your language. The clerk will call you and guide you step by step.</source>
        <translation>Choose your language. The clerk will call you and guide you step by step.</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Calling an interpreter. Please wait a moment.</source>
        <translation>Calling an interpreter. Please wait a moment.</translation>
    </message>
    <message>
        <source>Preparing the printed form…</source>
        <translation>Preparing the printed form…</translation>
    </message>
    <message>
        <source>The form as it will be printed</source>
        <translation>The form as it will be printed</translation>
    </message>
    <message>
        <source>Printed form %1</source>
        <translation>Printed form %1</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>Please wait a moment</translation>
    </message>
    <message>
        <source>The clerk will be with you again shortly.</source>
        <translation>The clerk will be with you again shortly.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>The chain heads could not be anchored.</source>
        <translation>The chain heads could not be anchored.</translation>
    </message>
    <message>
        <source>The terminal could not be re-enrolled; nothing was changed. Ask IT staff to check the log.</source>
        <translation>The terminal could not be re-enrolled; nothing was changed. Ask IT staff to check the log.</translation>
    </message>
    <message>
        <source>The central database holds no signing key for terminal %1: its first sync registers it, nothing to re-enrol.</source>
        <translation>The central database holds no signing key for terminal %1: its first sync registers it, nothing to re-enrol.</translation>
    </message>
    <message>
        <source>The central database already holds this installation&apos;s signing key for terminal %1; nothing to re-enrol.</source>
        <translation>The central database already holds this installation&apos;s signing key for terminal %1; nothing to re-enrol.</translation>
    </message>
    <message>
        <source>The central database holds the new key, but this terminal&apos;s audit trail could not be renumbered. Run the command again.</source>
        <translation>The central database holds the new key, but this terminal&apos;s audit trail could not be renumbered. Run the command again.</translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>The central database could not be set up. Nothing was half-done: run the command again once the cause is fixed.</source>
        <translation>The central database could not be set up. Nothing was half-done: run the command again once the cause is fixed.</translation>
    </message>
    <message>
        <source>Give the office code (--office).</source>
        <translation>Give the office code (--office).</translation>
    </message>
    <message>
        <source>central init needs a PostgreSQL server (a postgresql:// URL).</source>
        <translation>central init needs a PostgreSQL server (a postgresql:// URL).</translation>
    </message>
    <message>
        <source>Give the terminal&apos;s id (--terminal).</source>
        <translation>Give the terminal&apos;s id (--terminal).</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s login (--supervisor).</source>
        <translation>Give the supervisor&apos;s login (--supervisor).</translation>
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
        <source>Create or update the databases: db init|migrate [--central URL].</source>
        <translation>Create or update the databases: db init|migrate [--central URL].</translation>
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
        <source>Staff account %1 (%2) added.</source>
        <translation>Staff account %1 (%2) added.</translation>
    </message>
    <message>
        <source>One round, then exit: 0 when everything was sent.</source>
        <translation>One round, then exit: 0 when everything was sent.</translation>
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
        <source>Verify the copy in the central store at this URL (default: this terminal&apos;s own trail).</source>
        <translation>Verify the copy in the central store at this URL (default: this terminal&apos;s own trail).</translation>
    </message>
    <message>
        <source>With --central: the terminal whose trail to verify.</source>
        <translation>With --central: the terminal whose trail to verify.</translation>
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
        <source>Recorded %1 simulated visit(s) on terminal %2.</source>
        <translation>Recorded %1 simulated visit(s) on terminal %2.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
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
    <message>
        <source>The import was stored but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>The import was stored but could not be recorded in the audit trail. Tell the supervisor.</translation>
    </message>
    <message>
        <source>Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).</source>
        <translation>Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file; nothing was imported.</source>
        <translation>
            <numerusform>%n error in the file; nothing was imported.</numerusform>
            <numerusform>%n errors in the file; nothing was imported.</numerusform>
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
        <source>read: also read the My Number (only for procedures that need it)</source>
        <translation>read: also read the My Number (only for procedures that need it)</translation>
    </message>
    <message>
        <source>read: allow the VERIFY when only one try is left</source>
        <translation>read: allow the VERIFY when only one try is left</translation>
    </message>
    <message>
        <source>the PC/SC reader to use (default: card/reader)</source>
        <translation>the PC/SC reader to use (default: card/reader)</translation>
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
        <source>The procedures catalogue in this build is invalid.</source>
        <translation>%1, follow-up rule &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Visits per central transaction (default 1000).</source>
        <translation>Log debug details to standard error and the log file.</translation>
    </message>
    <message>
        <source>The simulation names %1, which is not in the procedures catalogue.</source>
        <translation>The simulation names %1, which is not in the procedures catalogue.</translation>
    </message>
    <message>
        <source>Sign in as this staff login; the password is the first line of standard input.</source>
        <translation>Sign in as this staff login; the password is the first line of standard input.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>This command needs a staff sign-in: add --as LOGIN and give the password on the first line of standard input.</source>
        <translation>This command needs a staff sign-in: add --as LOGIN and give the password on the first line of standard input.</translation>
    </message>
    <message>
        <source>Add a staff account, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and the new account&apos;s password on the second. Only the first admin of an empty staff table is added without --as; then the new password is the only line.</source>
        <translation>Add a staff account, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and the new account&apos;s password on the second. Only the first admin of an empty staff table is added without --as; then the new password is the only line.</translation>
    </message>
    <message>
        <source>Password for the new account %1: </source>
        <translation>Password for the new account %1: </translation>
    </message>
    <message>
        <source>The account was added but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>The account was added but could not be recorded in the audit trail. Tell the supervisor.</translation>
    </message>
    <message>
        <source>This is the first admin of the installation; from now on every staff account is added with --as %1.</source>
        <translation>This is the first admin of the installation; from now on every staff account is added with --as %1.</translation>
    </message>
    <message>
        <source>Export statistics as CSV (no personal data). Needs a supervisor or admin sign-in: --as LOGIN, the password on standard input.</source>
        <translation>Export statistics as CSV (no personal data). Needs a supervisor or admin sign-in: --as LOGIN, the password on standard input.</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so it is not written.</source>
        <translation>The export could not be recorded in the audit trail, so it is not written.</translation>
    </message>
    <message>
        <source>Import the registry extract (docs/registry-csv.md) into the central database: every row, or none when any row is refused. Needs an admin sign-in: --as LOGIN, the password on standard input.</source>
        <translation>Import the registry extract (docs/registry-csv.md) into the central database: every row, or none when any row is refused. Needs an admin sign-in: --as LOGIN, the password on standard input.</translation>
    </message>
    <message>
        <source>--reveal only goes with --with-my-number.</source>
        <translation>--reveal only goes with --with-my-number.</translation>
    </message>
    <message>
        <source>The card was read, but the audit trail could not be written, so nothing is shown.</source>
        <translation>The card was read, but the audit trail could not be written, so nothing is shown.</translation>
    </message>
    <message>
        <source>read: print the My Number unmasked (supervisors only; audited)</source>
        <translation>read: print the My Number unmasked (supervisors only; audited)</translation>
    </message>
    <message>
        <source>card verify does not read the My Number.</source>
        <translation>card verify does not read the My Number.</translation>
    </message>
    <message>
        <source>Face photo: verified, %1 × %2 pixels (not shown here)</source>
        <translation>Face photo: verified, %1 × %2 pixels (not shown here)</translation>
    </message>
    <message>
        <source>Trust: the TEST hierarchy of the virtual card</source>
        <translation>Trust: the TEST hierarchy of the virtual card</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Result: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Subcommands: readers, status, read, verify, diag</source>
        <translation>Subcommands: readers, status, read, verify, diag</translation>
    </message>
    <message>
        <source>readers | status | read | verify | diag</source>
        <translation>readers | status | read | verify | diag</translation>
    </message>
    <message>
        <source>read, verify: print one JSON object</source>
        <translation>read, verify: print one JSON object</translation>
    </message>
    <message>
        <source>Give one subcommand: readers, status, read, verify or diag.</source>
        <translation>Give one subcommand: readers, status, read, verify or diag.</translation>
    </message>
    <message>
        <source>A resident&apos;s guidance sheet as PDF: guidance --language L --done ID.</source>
        <translation>A resident&apos;s guidance sheet as PDF: guidance --language L --done ID.</translation>
    </message>
    <message>
        <source>Resident language code (ja, vi, ne…).</source>
        <translation>Resident language code (ja, vi, ne…).</translation>
    </message>
    <message>
        <source>A procedure done today (repeatable).</source>
        <translation>A procedure done today (repeatable).</translation>
    </message>
    <message>
        <source>A procedure proposed for later (repeatable).</source>
        <translation>A procedure proposed for later (repeatable).</translation>
    </message>
    <message>
        <source>Reception number.</source>
        <translation>Reception number.</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Where to write the PDF.</translation>
    </message>
    <message>
        <source>Write a resident&apos;s guidance sheet as PDF.</source>
        <translation>Write a resident&apos;s guidance sheet as PDF.</translation>
    </message>
    <message>
        <source>Unknown resident language: %1</source>
        <translation>Unknown resident language: %1</translation>
    </message>
    <message>
        <source>Give --out FILE.</source>
        <translation>Give --out FILE.</translation>
    </message>
    <message>
        <source>Unknown procedure: %1</source>
        <translation>Unknown procedure: %1</translation>
    </message>
    <message>
        <source>The audit trail: audit verify | anchor.</source>
        <translation>The audit trail: audit verify | anchor.</translation>
    </message>
    <message>
        <source>verify | anchor</source>
        <translation>verify | anchor</translation>
    </message>
    <message>
        <source>verify: check that no audit event was altered or removed. anchor: record every terminal&apos;s newest event at the centre (a supervisor, --as LOGIN) and print the heads for the day&apos;s report.</source>
        <translation>verify: check that no audit event was altered or removed. anchor: record every terminal&apos;s newest event at the centre (a supervisor, --as LOGIN) and print the heads for the day&apos;s report.</translation>
    </message>
    <message>
        <source>Say verify or anchor.</source>
        <translation>Say verify or anchor.</translation>
    </message>
    <message>
        <source>Set up the central database: central init|add-terminal|add-supervisor.</source>
        <translation>Set up the central database: central init|add-terminal|add-supervisor.</translation>
    </message>
    <message>
        <source>--to takes certificate, form or ticket, not &quot;%1&quot;.</source>
        <translation>--to takes certificate, form or ticket, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No printer is set for the %1 (printer/%2_queue). The PDF is kept: %3</source>
        <translation>No printer is set for the %1 (printer/%2_queue). The PDF is kept: %3</translation>
    </message>
    <message>
        <source>The reprint could not be recorded; nothing was printed.</source>
        <translation>The reprint could not be recorded; nothing was printed.</translation>
    </message>
    <message>
        <source>Not printed yet after %1 s; the job stays in the queue.</source>
        <translation>Not printed yet after %1 s; the job stays in the queue.</translation>
    </message>
    <message>
        <source>Also print it on the printer set for this kind of paper: certificate, form or ticket (printer/*_queue, printer/*_tray).</source>
        <translation>Also print it on the printer set for this kind of paper: certificate, form or ticket (printer/*_queue, printer/*_tray).</translation>
    </message>
    <message>
        <source>Seconds to follow the print job (default 60).</source>
        <translation>Seconds to follow the print job (default 60).</translation>
    </message>
    <message>
        <source>--wait takes seconds, 1 to 3600.</source>
        <translation>--wait takes seconds, 1 to 3600.</translation>
    </message>
    <message>
        <source>--pdf needs --to KIND.</source>
        <translation>--pdf needs --to KIND.</translation>
    </message>
    <message>
        <source>No such PDF: %1</source>
        <translation>No such PDF: %1</translation>
    </message>
    <message>
        <source>The central database, as a role that may create roles (postgresql://postgres@host/db).</source>
        <translation>The central database, as a role that may create roles (postgresql://postgres@host/db).</translation>
    </message>
    <message>
        <source>The office&apos;s code.</source>
        <translation>The office&apos;s code.</translation>
    </message>
    <message>
        <source>The terminal&apos;s id (terminal/id).</source>
        <translation>The terminal&apos;s id (terminal/id).</translation>
    </message>
    <message>
        <source>The supervisor&apos;s login.</source>
        <translation>The supervisor&apos;s login.</translation>
    </message>
    <message>
        <source>Set no password (certificate or peer authentication).</source>
        <translation>Set no password (certificate or peer authentication).</translation>
    </message>
    <message>
        <source>Give the central database with --central URL.</source>
        <translation>Give the central database with --central URL.</translation>
    </message>
    <message>
        <source>Central database ready: schema, roles %1, %2, %3 and row-level security (%4).</source>
        <translation>Central database ready: schema, roles %1, %2, %3 and row-level security (%4).</translation>
    </message>
    <message>
        <source>Type the new role&apos;s password on the first line of standard input, or give --no-password.</source>
        <translation>Type the new role&apos;s password on the first line of standard input, or give --no-password.</translation>
    </message>
    <message>
        <source>Terminal %1 of office %2 connects as %3.</source>
        <translation>Terminal %1 of office %2 connects as %3.</translation>
    </message>
    <message>
        <source>Supervisor %1 of office %2 connects as %3.</source>
        <translation>Supervisor %1 of office %2 connects as %3.</translation>
    </message>
    <message>
        <source>The reception queue: queue groups|issue|call-next|recall|absent|transfer|list|notice|publish.</source>
        <translation>The reception queue: queue groups|issue|call-next|recall|absent|transfer|list|notice|publish.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>groups | issue | call-next | recall | absent | serve | done | transfer | list | notice set|clear | publish</source>
        <translation>groups | issue | call-next | recall | absent | serve | done | transfer | list | notice set|clear | publish</translation>
    </message>
    <message>
        <source>Counter group id (queue groups).</source>
        <translation>Counter group id (queue groups).</translation>
    </message>
    <message>
        <source>Where the ticket comes from: clerk (default), kiosk, reservation.</source>
        <translation>Where the ticket comes from: clerk (default), kiosk, reservation.</translation>
    </message>
    <message>
        <source>This counter&apos;s name, e.g. 3.</source>
        <translation>This counter&apos;s name, e.g. 3.</translation>
    </message>
    <message>
        <source>Groups this counter serves, comma-separated (default: all).</source>
        <translation>Groups this counter serves, comma-separated (default: all).</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A-012.</source>
        <translation>Ticket number, e.g. A-012.</translation>
    </message>
    <message>
        <source>transfer: the new group.</source>
        <translation>transfer: the new group.</translation>
    </message>
    <message>
        <source>transfer: only this counter calls it.</source>
        <translation>transfer: only this counter calls it.</translation>
    </message>
    <message>
        <source>notice set: the notice&apos;s text.</source>
        <translation>notice set: the notice&apos;s text.</translation>
    </message>
    <message>
        <source>publish: the directory to write.</source>
        <translation>publish: the directory to write.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The office&apos;s reception queue. issue needs a clerk, supervisor or kiosk sign-in, the counter&apos;s actions a clerk or supervisor, notice a supervisor: --as LOGIN, the password on standard input.</source>
        <translation>The office&apos;s reception queue. issue needs a clerk, supervisor or kiosk sign-in, the counter&apos;s actions a clerk or supervisor, notice a supervisor: --as LOGIN, the password on standard input.</translation>
    </message>
    <message>
        <source>Unknown queue action: %1</source>
        <translation>Unknown queue action: %1</translation>
    </message>
    <message>
        <source>Give the counter (--counter).</source>
        <translation>Give the counter (--counter).</translation>
    </message>
    <message>
        <source>Give the ticket number (--ticket).</source>
        <translation>Give the ticket number (--ticket).</translation>
    </message>
    <message>
        <source>Give the counter group (--group).</source>
        <translation>Give the counter group (--group).</translation>
    </message>
    <message>
        <source>Give the directory to write (--out).</source>
        <translation>Give the directory to write (--out).</translation>
    </message>
    <message>
        <source>Use queue notice set --text TEXT, or queue notice clear.</source>
        <translation>Use queue notice set --text TEXT, or queue notice clear.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>The notice was changed, but the audit trail could not be written: %1</source>
        <translation>The notice was changed, but the audit trail could not be written: %1</translation>
    </message>
    <message>
        <source>Print this kept PDF again (with --to and --as; recorded in the audit trail under the staff member).</source>
        <translation>Print this kept PDF again (with --to and --as; recorded in the audit trail under the staff member).</translation>
    </message>
    <message>
        <source>Verification code B (14 digits): </source>
        <translation>Verification code B (14 digits): </translation>
    </message>
    <message>
        <source>No verification code B was given on standard input.</source>
        <translation>No verification code B was given on standard input.</translation>
    </message>
    <message>
        <source>read, verify: use verification code B instead of the PIN (its 14 digits on standard input, after the staff password; never on the command line)</source>
        <translation>read, verify: use verification code B instead of the PIN (its 14 digits on standard input, after the staff password; never on the command line)</translation>
    </message>
    <message>
        <source>Verification code B is read from standard input, never from the command line. Nothing was read.</source>
        <translation>Verification code B is read from standard input, never from the command line. Nothing was read.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s work: supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export.</source>
        <translation>The supervisor&apos;s work: supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export.</translation>
    </message>
    <message>
        <source>Give --date as YYYY-MM-DD.</source>
        <translation>Give --date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 visit(s) on %2.</source>
        <translation>%1 visit(s) on %2.</translation>
    </message>
    <message>
        <source>Visit %1 (%2, %3) at %4.</source>
        <translation>Visit %1 (%2, %3) at %4.</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at event %2: %3.</source>
        <translation>The audit trail of %1 is broken at event %2: %3.</translation>
    </message>
    <message>
        <source>The centre did not take it yet; it is sent with the next sync.</source>
        <translation>The centre did not take it yet; it is sent with the next sync.</translation>
    </message>
    <message>
        <source>Say void request|direct SERIAL, void approve|refuse REQUEST-ID, or void list.</source>
        <translation>Say void request|direct SERIAL, void approve|refuse REQUEST-ID, or void list.</translation>
    </message>
    <message>
        <source>Void of %1 requested (%2); a supervisor decides.</source>
        <translation>Void of %1 requested (%2); a supervisor decides.</translation>
    </message>
    <message>
        <source>Unknown void action %1.</source>
        <translation>Unknown void action %1.</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>Done: %1 %2.</translation>
    </message>
    <message>
        <source>%1 reissued as %2, verification code %3.</source>
        <translation>%1 reissued as %2, verification code %3.</translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation>Closed by %1 at %2.</translation>
    </message>
    <message>
        <source>Give --terminal ID and --count as DENOMINATION=PIECES,…, e.g. 1000=3,100=4.</source>
        <translation>Give --terminal ID and --count as DENOMINATION=PIECES,…, e.g. 1000=3,100=4.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>The day %1 is open again.</source>
        <translation>The day %1 is open again.</translation>
    </message>
    <message>
        <source>Give --from and --to as dates (from not after to) and --by hour, day or month.</source>
        <translation>Give --from and --to as dates (from not after to) and --by hour, day or month.</translation>
    </message>
    <message>
        <source>%1 visit(s), %2 procedure(s); card identified: %3; kiosk pre-entries: %4.</source>
        <translation>%1 visit(s), %2 procedure(s); card identified: %3; kiosk pre-entries: %4.</translation>
    </message>
    <message>
        <source>Give --from and --to as dates (from not after to) and --out DIR.</source>
        <translation>Give --from and --to as dates (from not after to) and --out DIR.</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2 and %3; %4 row(s) under %5 visits left out.</source>
        <translation>%1 row(s) written to %2 and %3; %4 row(s) under %5 visits left out.</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today).</source>
        <translation>The day, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>Only this terminal.</source>
        <translation>Only this terminal.</translation>
    </message>
    <message>
        <source>Why (required for every change).</source>
        <translation>Why (required for every change).</translation>
    </message>
    <message>
        <source>void list: only pending, approved or refused requests.</source>
        <translation>void list: only pending, approved or refused requests.</translation>
    </message>
    <message>
        <source>reconcile: the counted cash, DENOMINATION=PIECES,…</source>
        <translation>reconcile: the counted cash, DENOMINATION=PIECES,…</translation>
    </message>
    <message>
        <source>export: first day, YYYY-MM-DD.</source>
        <translation>export: first day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>export: last day, YYYY-MM-DD.</source>
        <translation>export: last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>kpi: hour, day or month.</source>
        <translation>kpi: hour, day or month.</translation>
    </message>
    <message>
        <source>The procedures catalogue: catalogue list [--json] | check DIR.</source>
        <translation>The procedures catalogue: catalogue list [--json] | check DIR.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>No such directory: %1</source>
        <translation>No such directory: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the terminal would refuse these files.</source>
        <translation>
            <numerusform>%n error: the terminal would refuse these files.</numerusform>
            <numerusform>%n errors: the terminal would refuse these files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue is correct: %n procedure(s); files from %1: %2.</source>
        <translation>
            <numerusform>The catalogue is correct: %n procedure; files from %1: %2.</numerusform>
            <numerusform>The catalogue is correct: %n procedures; files from %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>list or check DIR</source>
        <translation>list or check DIR</translation>
    </message>
    <message>
        <source>The procedures catalogue: list what this terminal serves (municipality files first, then the installed ones), or check a directory of files.</source>
        <translation>The procedures catalogue: list what this terminal serves (municipality files first, then the installed ones), or check a directory of files.</translation>
    </message>
    <message>
        <source>Use: catalogue list [--json] | catalogue check DIR [--json]</source>
        <translation>Use: catalogue list [--json] | catalogue check DIR [--json]</translation>
    </message>
    <message>
        <source>Issued PDFs past the retention period: documents purge --as L.</source>
        <translation>Issued PDFs past the retention period: documents purge --as L.</translation>
    </message>
    <message>
        <source>The set-aside records could not be put back: %1</source>
        <translation>The set-aside records could not be put back: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) back in the outbox; they go with the next sync.</source>
        <translation>
            <numerusform>%n record back in the outbox; they go with the next sync.</numerusform>
            <numerusform>%n records back in the outbox; they go with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is set aside.</source>
        <translation>Nothing is set aside.</translation>
    </message>
    <message>
        <source>List the records the centre refused again and again (--retry: send them again once the cause is fixed).</source>
        <translation>List the records the centre refused again and again (--retry: send them again once the cause is fixed).</translation>
    </message>
    <message>
        <source>With set-aside: put them back in the outbox.</source>
        <translation>With set-aside: put them back in the outbox.</translation>
    </message>
    <message>
        <source>With set-aside: as JSON.</source>
        <translation>With set-aside: as JSON.</translation>
    </message>
    <message>
        <source>sync takes no argument but set-aside.</source>
        <translation>sync takes no argument but set-aside.</translation>
    </message>
    <message>
        <source>Delete issued PDFs past the retention period.</source>
        <translation>Delete issued PDFs past the retention period.</translation>
    </message>
    <message>
        <source>Keep this many days instead of print/retention_days (1 to 3650).</source>
        <translation>Keep this many days instead of print/retention_days (1 to 3650).</translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation>Only say what would be deleted.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>Issued PDFs kept for reprinting: documents purge --as L.</source>
        <translation>Issued PDFs kept for reprinting: documents purge --as L.</translation>
    </message>
    <message>
        <source>Give the subcommand: documents purge.</source>
        <translation>Give the subcommand: documents purge.</translation>
    </message>
    <message>
        <source>--days takes 1 to 3650.</source>
        <translation>--days takes 1 to 3650.</translation>
    </message>
    <message>
        <source>print/retention_days is 0 (keep for ever): give --days N to delete PDFs older than N days.</source>
        <translation>print/retention_days is 0 (keep for ever): give --days N to delete PDFs older than N days.</translation>
    </message>
    <message>
        <source>The deletion could not be recorded in the audit trail: %1</source>
        <translation>The deletion could not be recorded in the audit trail: %1</translation>
    </message>
    <message>
        <source>Would delete %1 files in %2 day folders (older than %3 days).</source>
        <translation>Would delete %1 files in %2 day folders (older than %3 days).</translation>
    </message>
    <message>
        <source>Deleted %1 files in %2 day folders (older than %3 days).</source>
        <translation>Deleted %1 files in %2 day folders (older than %3 days).</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Could not delete %1</translation>
    </message>
    <message>
        <source>Scripted visits through the counter&apos;s workflow: visit run SCRIPT.json.</source>
        <translation>Scripted visits through the counter&apos;s workflow: visit run SCRIPT.json.</translation>
    </message>
    <message>
        <source>Visit %1%2: %3</source>
        <translation>Visit %1%2: %3</translation>
    </message>
    <message>
        <source>done, visit %1</source>
        <translation>done, visit %1</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>stopped at %1</translation>
    </message>
    <message>
        <source>fee %L1 yen</source>
        <translation>fee %L1 yen</translation>
    </message>
    <message>
        <source>prefilled: %1</source>
        <translation>prefilled: %1</translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation>typed: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>document %1  template %2  serial %3  fee %L4 yen  %5</source>
        <translation>document %1  template %2  serial %3  fee %L4 yen  %5</translation>
    </message>
    <message>
        <source>paid %L1 yen by %2</source>
        <translation>paid %L1 yen by %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>The procedures catalogue has errors: %1</source>
        <translation>The procedures catalogue has errors: %1</translation>
    </message>
    <message>
        <source>The script was refused; no visit was run or recorded.</source>
        <translation>The script was refused; no visit was run or recorded.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 of %2 visit(s) done in %3 ms.</source>
        <translation>%1 of %2 visit(s) done in %3 ms.</translation>
    </message>
    <message>
        <source>run SCRIPT.json</source>
        <translation>run SCRIPT.json</translation>
    </message>
    <message>
        <source>Write the issued PDFs under DIR (one folder per day).</source>
        <translation>Write the issued PDFs under DIR (one folder per day).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>Run scripted visits through the counter&apos;s workflow (docs/visit-scripts.md).</source>
        <translation>Run scripted visits through the counter&apos;s workflow (docs/visit-scripts.md).</translation>
    </message>
    <message>
        <source>Usage: visit run SCRIPT.json [--out DIR] [--json] --as LOGIN</source>
        <translation>Usage: visit run SCRIPT.json [--out DIR] [--json] --as LOGIN</translation>
    </message>
    <message>
        <source>Interpreter (%1): %2 visit(s), %3 min.</source>
        <translation>Interpreter (%1): %2 visit(s), %3 min.</translation>
    </message>
    <message>
        <source>New staff PIN (%1 digits): </source>
        <translation>New staff PIN (%1 digits): </translation>
    </message>
    <message>
        <source>Cannot read the PIN from standard input.</source>
        <translation>Cannot read the PIN from standard input.</translation>
    </message>
    <message>
        <source>The staff PIN was changed but the change could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation>The staff PIN was changed but the change could not be recorded in the audit trail. Tell the supervisor.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is set.</source>
        <translation>The kiosk&apos;s staff PIN is set.</translation>
    </message>
    <message>
        <source>Seal the stored My Numbers under a new key: keys rotate --as ADMIN.</source>
        <translation>Seal the stored My Numbers under a new key: keys rotate --as ADMIN.</translation>
    </message>
    <message>
        <source>New sealing key %1: %2 request(s) and %3 waiting visit(s) sealed again.</source>
        <translation>New sealing key %1: %2 request(s) and %3 waiting visit(s) sealed again.</translation>
    </message>
    <message>
        <source>Give --stale-minutes as a number of minutes (1 or more).</source>
        <translation>Give --stale-minutes as a number of minutes (1 or more).</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation>
            <numerusform>%n alert.</numerusform>
            <numerusform>%n alerts.</numerusform>
        </translation>
    </message>
    <message>
        <source>day | visit ID | void … | reissue SERIAL | reconcile | close | reopen | kpi | export | alerts</source>
        <translation>day | visit ID | void … | reissue SERIAL | reconcile | close | reopen | kpi | export | alerts</translation>
    </message>
    <message>
        <source>alerts: a terminal silent this long is named (default: supervisor/stale_sync_minutes).</source>
        <translation>alerts: a terminal silent this long is named (default: supervisor/stale_sync_minutes).</translation>
    </message>
    <message>
        <source>The supervisor&apos;s work: day [--date D] [--terminal T]; visit ID; void request SERIAL | void list | void approve ID | void refuse ID | void direct SERIAL (each with --reason); reissue SERIAL --reason; reconcile [--date D] [--terminal T --count 1000=3,… --reason R]; close [--date D] [--out DIR]; reopen --date D --reason R; kpi --from D --to D [--by hour|day|month]; export --from D --to D --out DIR (open data); alerts [--stale-minutes N]. Sign in with --as LOGIN, the password on standard input.</source>
        <translation>The supervisor&apos;s work: day [--date D] [--terminal T]; visit ID; void request SERIAL | void list | void approve ID | void refuse ID | void direct SERIAL (each with --reason); reissue SERIAL --reason; reconcile [--date D] [--terminal T --count 1000=3,… --reason R]; close [--date D] [--out DIR]; reopen --date D --reason R; kpi --from D --to D [--by hour|day|month]; export --from D --to D --out DIR (open data); alerts [--stale-minutes N]. Sign in with --as LOGIN, the password on standard input.</translation>
    </message>
    <message>
        <source>Say day, visit ID, void …, reissue SERIAL, reconcile, close, reopen, kpi, export or alerts.</source>
        <translation>Say day, visit ID, void …, reissue SERIAL, reconcile, close, reopen, kpi, export or alerts.</translation>
    </message>
    <message>
        <source>The lobby kiosk: kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide] (the PIN on standard input).</source>
        <translation>The lobby kiosk: kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide] (the PIN on standard input).</translation>
    </message>
    <message>
        <source>set-staff-pin or clear-staff-pin</source>
        <translation>set-staff-pin or clear-staff-pin</translation>
    </message>
    <message>
        <source>The PIN of every kiosk of the office, kept at the central store (the kiosks take it at once, or with their next sync when offline), instead of this tablet&apos;s own.</source>
        <translation>The PIN of every kiosk of the office, kept at the central store (the kiosks take it at once, or with their next sync when offline), instead of this tablet&apos;s own.</translation>
    </message>
    <message>
        <source>With --office-wide on a central server: the office code (as given to central add-terminal).</source>
        <translation>With --office-wide on a central server: the office code (as given to central add-terminal).</translation>
    </message>
    <message>
        <source>Set or clear the staff PIN that leaves kiosk mode, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and, for set-staff-pin, the new PIN (%1 digits) on the second. Without --office-wide the PIN is this tablet&apos;s own (its settings); with --office-wide it is the office&apos;s, for every kiosk of the office, and replaces the tablets&apos; own while it is set. Only the Argon2id hash is kept; a running kiosk takes the change at once.</source>
        <translation>Set or clear the staff PIN that leaves kiosk mode, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and, for set-staff-pin, the new PIN (%1 digits) on the second. Without --office-wide the PIN is this tablet&apos;s own (its settings); with --office-wide it is the office&apos;s, for every kiosk of the office, and replaces the tablets&apos; own while it is set. Only the Argon2id hash is kept; a running kiosk takes the change at once.</translation>
    </message>
    <message>
        <source>Say set-staff-pin or clear-staff-pin.</source>
        <translation>Say set-staff-pin or clear-staff-pin.</translation>
    </message>
    <message>
        <source>--office and --central go with --office-wide.</source>
        <translation>--office and --central go with --office-wide.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is cleared.</source>
        <translation>The kiosk&apos;s staff PIN is cleared.</translation>
    </message>
    <message>
        <source>The staff PIN of the office&apos;s kiosks is set (revision %1). Kiosks take it at once; offline ones with their next sync.</source>
        <translation>The staff PIN of the office&apos;s kiosks is set (revision %1). Kiosks take it at once; offline ones with their next sync.</translation>
    </message>
    <message>
        <source>The staff PIN of the office&apos;s kiosks is revoked (revision %1). Kiosks refuse it at once; offline ones after their next sync. Each tablet&apos;s own PIN, if it has one, holds again.</source>
        <translation>The staff PIN of the office&apos;s kiosks is revoked (revision %1). Kiosks refuse it at once; offline ones after their next sync. Each tablet&apos;s own PIN, if it has one, holds again.</translation>
    </message>
    <message>
        <source>The centre&apos;s key file must not be this terminal&apos;s key file.</source>
        <translation>The centre&apos;s key file must not be this terminal&apos;s key file.</translation>
    </message>
    <message>
        <source>New central sealing key in %1: %2 request(s) at the centre sealed again.</source>
        <translation>New central sealing key in %1: %2 request(s) at the centre sealed again.</translation>
    </message>
    <message>
        <source>rotate: seal every My Number this terminal stores again under a new key. rotate-central: the same for the copies the centre holds.</source>
        <translation>rotate: seal every My Number this terminal stores again under a new key. rotate-central: the same for the copies the centre holds.</translation>
    </message>
    <message>
        <source>rotate-central: the central database, as a role that may update every office&apos;s rows (default: the settings).</source>
        <translation>rotate-central: the central database, as a role that may update every office&apos;s rows (default: the settings).</translation>
    </message>
    <message>
        <source>rotate-central: the centre&apos;s key file (default: keys/central.key beside the settings).</source>
        <translation>rotate-central: the centre&apos;s key file (default: keys/central.key beside the settings).</translation>
    </message>
    <message>
        <source>rotate-central: another terminal&apos;s key file to open the values it sent (repeatable).</source>
        <translation>rotate-central: another terminal&apos;s key file to open the values it sent (repeatable).</translation>
    </message>
    <message>
        <source>The key of the sealed My Numbers: keys rotate --as ADMIN, keys rotate-central --as ADMIN (the password on standard input).</source>
        <translation>The key of the sealed My Numbers: keys rotate --as ADMIN, keys rotate-central --as ADMIN (the password on standard input).</translation>
    </message>
    <message>
        <source>Give the subcommand: keys rotate or keys rotate-central.</source>
        <translation>Give the subcommand: keys rotate or keys rotate-central.</translation>
    </message>
    <message>
        <source>Give the terminal&apos;s id with --terminal ID.</source>
        <translation>Give the terminal&apos;s id with --terminal ID.</translation>
    </message>
    <message>
        <source>This is terminal %1, not %2: run the command on the reinstalled terminal itself.</source>
        <translation>This is terminal %1, not %2: run the command on the reinstalled terminal itself.</translation>
    </message>
    <message>
        <source>Terminal %1 re-enrolled: epoch %2 of its chain starts after event %3 at the centre; %4 local event(s) renumbered and signed with this installation&apos;s key. Sync can resume.</source>
        <translation>Terminal %1 re-enrolled: epoch %2 of its chain starts after event %3 at the centre; %4 local event(s) renumbered and signed with this installation&apos;s key. Sync can resume.</translation>
    </message>
    <message>
        <source>init, add-terminal, add-supervisor or re-enrol-terminal</source>
        <translation>init, add-terminal, add-supervisor or re-enrol-terminal</translation>
    </message>
    <message>
        <source>Set up the central PostgreSQL database: schema, least-privilege roles, row-level security between offices; add terminals and supervisors; re-enrol a reinstalled terminal (on that terminal, --as ADMIN). Passwords are read from the first line of standard input.</source>
        <translation>Set up the central PostgreSQL database: schema, least-privilege roles, row-level security between offices; add terminals and supervisors; re-enrol a reinstalled terminal (on that terminal, --as ADMIN). Passwords are read from the first line of standard input.</translation>
    </message>
    <message>
        <source>Say init, add-terminal, add-supervisor or re-enrol-terminal.</source>
        <translation>Say init, add-terminal, add-supervisor or re-enrol-terminal.</translation>
    </message>
    <message>
        <source>The reissue is recorded, but no new paper was made: %1</source>
        <translation>The reissue is recorded, but no new paper was made: %1</translation>
    </message>
    <message>
        <source>New paper: %1 (%2)</source>
        <translation>New paper: %1 (%2)</translation>
    </message>
    <message>
        <source>security paper</source>
        <translation>security paper</translation>
    </message>
    <message>
        <source>plain paper</source>
        <translation>plain paper</translation>
    </message>
    <message>
        <source>close: write the 日報 PDFs here; reissue: the new paper (default: the terminal&apos;s document folder).</source>
        <translation>close: write the 日報 PDFs here; reissue: the new paper (default: the terminal&apos;s document folder).</translation>
    </message>
</context>
<context>
    <name>counter</name>
    <message>
        <source>The interpreting services in %1 were not taken: %2</source>
        <translation>The interpreting services in %1 were not taken: %2</translation>
    </message>
    <message>
        <source>a service names no language</source>
        <translation>a service names no language</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 is named twice</translation>
    </message>
    <message>
        <source>the service for %1 needs either a url or a command</source>
        <translation>the service for %1 needs either a url or a command</translation>
    </message>
    <message>
        <source>the url for %1 is not valid</source>
        <translation>the url for %1 is not valid</translation>
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
        <source>The certificate could not be voided.</source>
        <translation>The certificate could not be voided.</translation>
    </message>
    <message>
        <source>No certificate %1 that is not already void was issued on this terminal.</source>
        <translation>No certificate %1 that is not already void was issued on this terminal.</translation>
    </message>
    <message>
        <source>A kiosk cannot take the My Number. Please go to a counter.</source>
        <translation>%1, follow-up rule &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>The pre-entry could not be kept or read. Nothing was changed; try again in a moment.</source>
        <translation>The pre-entry could not be kept or read. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>A pre-entry never holds a My Number.</source>
        <translation>A pre-entry never holds a My Number.</translation>
    </message>
    <message>
        <source>There is no such reception ticket.</source>
        <translation>There is no such reception ticket.</translation>
    </message>
    <message>
        <source>This ticket has already been called.</source>
        <translation>This ticket has already been called.</translation>
    </message>
    <message>
        <source>The pre-entry of this ticket cannot be read (another office key?).</source>
        <translation>The pre-entry of this ticket cannot be read (another office key?).</translation>
    </message>
    <message>
        <source>The staff PIN must be exactly %1 digits.</source>
        <translation>The staff PIN must be exactly %1 digits.</translation>
    </message>
    <message>
        <source>The staff PIN could not be hashed. Nothing was changed.</source>
        <translation>The staff PIN could not be hashed. Nothing was changed.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Nothing was changed.</source>
        <translation>The settings file %1 could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>This staff PIN is too easy to guess (one digit repeated, or digits counting up or down in a row). Choose another.</source>
        <translation>This staff PIN is too easy to guess (one digit repeated, or digits counting up or down in a row). Choose another.</translation>
    </message>
    <message>
        <source>The central store did not take the kiosks&apos; staff PIN. Nothing was changed.</source>
        <translation>The central store did not take the kiosks&apos; staff PIN. Nothing was changed.</translation>
    </message>
    <message>
        <source>Say which office&apos;s kiosks the PIN is for (--office CODE).</source>
        <translation>Say which office&apos;s kiosks the PIN is for (--office CODE).</translation>
    </message>
    <message>
        <source>The central store knows no office %1 (no terminal or supervisor of it was added). Nothing was changed.</source>
        <translation>The central store knows no office %1 (no terminal or supervisor of it was added). Nothing was changed.</translation>
    </message>
    <message>
        <source>The embedded central store serves one office: leave out --office.</source>
        <translation>The embedded central store serves one office: leave out --office.</translation>
    </message>
    <message>
        <source>The kiosks&apos; staff PIN cannot be read from the central store.</source>
        <translation>The kiosks&apos; staff PIN cannot be read from the central store.</translation>
    </message>
</context>
<context>
    <name>madoguchi::cli</name>
    <message>
        <source>The script cannot be read: %1</source>
        <translation>The script cannot be read: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>The script needs a &quot;visits&quot; list with at least one visit.</source>
        <translation>The script needs a &quot;visits&quot; list with at least one visit.</translation>
    </message>
    <message>
        <source>A visit must be a JSON object.</source>
        <translation>A visit must be a JSON object.</translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation>Unknown key.</translation>
    </message>
    <message>
        <source>Write &quot;accept&quot; or &quot;decline&quot;.</source>
        <translation>Write &quot;accept&quot; or &quot;decline&quot;.</translation>
    </message>
    <message>
        <source>Give the fields of a procedure as an object: {&quot;field&quot;: &quot;value&quot;}.</source>
        <translation>Give the fields of a procedure as an object: {&quot;field&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>No such resident language: %1 (one of %2).</source>
        <translation>No such resident language: %1 (one of %2).</translation>
    </message>
    <message>
        <source>No simulated card has this persona: %1.</source>
        <translation>No simulated card has this persona: %1.</translation>
    </message>
    <message>
        <source>照合番号B has 14 digits.</source>
        <translation>照合番号B has 14 digits.</translation>
    </message>
    <message>
        <source>The PIN has 4 digits (or give &quot;code_b&quot;).</source>
        <translation>The PIN has 4 digits (or give &quot;code_b&quot;).</translation>
    </message>
    <message>
        <source>Either a card or a registry search, not both.</source>
        <translation>Either a card or a registry search, not both.</translation>
    </message>
    <message>
        <source>Say who comes: &quot;card&quot; with &quot;pin&quot; or &quot;code_b&quot;, or &quot;id_document&quot; with &quot;name&quot; and &quot;birth_date&quot; for a resident without a card.</source>
        <translation>Say who comes: &quot;card&quot; with &quot;pin&quot; or &quot;code_b&quot;, or &quot;id_document&quot; with &quot;name&quot; and &quot;birth_date&quot; for a resident without a card.</translation>
    </message>
    <message>
        <source>A resident without a card is searched by name.</source>
        <translation>A resident without a card is searched by name.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Not a date.</translation>
    </message>
    <message>
        <source>A resident who is not in the registry can only be served with their My Number card.</source>
        <translation>A resident who is not in the registry can only be served with their My Number card.</translation>
    </message>
    <message>
        <source>No such life event: %1.</source>
        <translation>No such life event: %1.</translation>
    </message>
    <message>
        <source>%1 is a life event: list it under life_events.</source>
        <translation>%1 is a life event: list it under life_events.</translation>
    </message>
    <message>
        <source>No such procedure: %1.</source>
        <translation>No such procedure: %1.</translation>
    </message>
    <message>
        <source>Choose a life event or at least one procedure.</source>
        <translation>Choose a life event or at least one procedure.</translation>
    </message>
    <message>
        <source>Answer &quot;yes&quot; or &quot;no&quot;.</source>
        <translation>Answer &quot;yes&quot; or &quot;no&quot;.</translation>
    </message>
    <message>
        <source>None of the visit&apos;s life events asks this question.</source>
        <translation>None of the visit&apos;s life events asks this question.</translation>
    </message>
    <message>
        <source>None of the visit&apos;s life events lists the people it concerns.</source>
        <translation>None of the visit&apos;s life events lists the people it concerns.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>Type the person&apos;s birth date.</source>
        <translation>Type the person&apos;s birth date.</translation>
    </message>
    <message>
        <source>Sex is &quot;1&quot; (male), &quot;2&quot; (female) or &quot;9&quot;.</source>
        <translation>Sex is &quot;1&quot; (male), &quot;2&quot; (female) or &quot;9&quot;.</translation>
    </message>
    <message>
        <source>Type the relationship to the head of household (続柄).</source>
        <translation>Type the relationship to the head of household (続柄).</translation>
    </message>
    <message>
        <source>A form is about &quot;deceased&quot; or &quot;spouse&quot;.</source>
        <translation>A form is about &quot;deceased&quot; or &quot;spouse&quot;.</translation>
    </message>
    <message>
        <source>No such field in this procedure&apos;s form.</source>
        <translation>No such field in this procedure&apos;s form.</translation>
    </message>
    <message>
        <source>Copies are only for certificates.</source>
        <translation>Copies are only for certificates.</translation>
    </message>
    <message>
        <source>From 1 to 10 copies.</source>
        <translation>From 1 to 10 copies.</translation>
    </message>
    <message>
        <source>Pay by one of: %1.</source>
        <translation>Pay by one of: %1.</translation>
    </message>
    <message>
        <source>The card did not answer.</source>
        <translation>The card did not answer.</translation>
    </message>
    <message>
        <source>One PIN try is left: the resident must confirm the last try (&quot;last_try&quot;: true). Nothing was sent to the card.</source>
        <translation>One PIN try is left: the resident must confirm the last try (&quot;last_try&quot;: true). Nothing was sent to the card.</translation>
    </message>
    <message>
        <source>The resident is not in the registry; a move-in is served with &quot;new_resident&quot;: true.</source>
        <translation>The resident is not in the registry; a move-in is served with &quot;new_resident&quot;: true.</translation>
    </message>
    <message>
        <source>The registry search did not find %1.</source>
        <translation>The registry search did not find %1.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not answered.</source>
        <translation>The question &quot;%1&quot; is not answered.</translation>
    </message>
    <message>
        <source>Not proposed in this visit (proposed: %1).</source>
        <translation>Not proposed in this visit (proposed: %1).</translation>
    </message>
    <message>
        <source>persons.%1: no form of this visit asks for this person.</source>
        <translation>persons.%1: no form of this visit asks for this person.</translation>
    </message>
    <message>
        <source>fields.%1: not a form of this visit; not typed.</source>
        <translation>fields.%1: not a form of this visit; not typed.</translation>
    </message>
    <message>
        <source>%1: filled from %2; not typed.</source>
        <translation>%1: filled from %2; not typed.</translation>
    </message>
    <message>
        <source>Missing: the form needs this field (%1).</source>
        <translation>Missing: the form needs this field (%1).</translation>
    </message>
    <message>
        <source>Not a form of this visit.</source>
        <translation>Not a form of this visit.</translation>
    </message>
    <message>
        <source>The fee is %L1 yen: say how it is paid (&quot;payment&quot;).</source>
        <translation>The fee is %L1 yen: say how it is paid (&quot;payment&quot;).</translation>
    </message>
    <message>
        <source>The resident did not confirm (&quot;confirm&quot;: false): nothing was issued.</source>
        <translation>The resident did not confirm (&quot;confirm&quot;: false): nothing was issued.</translation>
    </message>
</context>
<context>
    <name>madoguchi::cli::ScriptError</name>
    <message>
        <source>visit %1</source>
        <translation>visit %1</translation>
    </message>
    <message>
        <source>visit %1 (%2)</source>
        <translation>visit %1 (%2)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AlertsPage</name>
    <message>
        <source>Records the centre refused again and again wait on the terminal. Ask IT staff (madoguchi-cli sync set-aside).</source>
        <translation>Records the centre refused again and again wait on the terminal. Ask IT staff (madoguchi-cli sync set-aside).</translation>
    </message>
    <message>
        <source>Check that the terminal is on and reaches the central database.</source>
        <translation>Check that the terminal is on and reaches the central database.</translation>
    </message>
    <message>
        <source>The audit trail may have been changed or lost. Do not clear it; ask IT staff.</source>
        <translation>The audit trail may have been changed or lost. Do not clear it; ask IT staff.</translation>
    </message>
    <message>
        <source>Two certificates carry the same serial. Check both before handing either over.</source>
        <translation>Two certificates carry the same serial. Check both before handing either over.</translation>
    </message>
    <message>
        <source>A record came again with other content; the centre kept its copy. Ask IT staff.</source>
        <translation>A record came again with other content; the centre kept its copy. Ask IT staff.</translation>
    </message>
    <message>
        <source>Outbox stuck</source>
        <translation>Outbox stuck</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Audit chain broken</source>
        <translation>Audit chain broken</translation>
    </message>
    <message>
        <source>Serial collision</source>
        <translation>Serial collision</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Waiting for the central database: alerts…</source>
        <translation>Waiting for the central database: alerts…</translation>
    </message>
    <message numerus="yes">
        <source>No alerts: every terminal synced within %n minute(s), no chain breaks, no collisions.</source>
        <translation>
            <numerusform>No alerts: every terminal synced within %n minute, no chain breaks, no collisions.</numerusform>
            <numerusform>No alerts: every terminal synced within %n minutes, no chain breaks, no collisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation>
            <numerusform>%n alert.</numerusform>
            <numerusform>%n alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CashPage</name>
    <message>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Cash per terminal</source>
        <translation>Cash per terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>Cash counted at the chosen terminal (pieces per note and coin)</source>
        <translation>Cash counted at the chosen terminal (pieces per note and coin)</translation>
    </message>
    <message>
        <source>Pieces of %1 yen</source>
        <translation>Pieces of %1 yen</translation>
    </message>
    <message>
        <source>%L1 yen</source>
        <translation>%L1 yen</translation>
    </message>
    <message>
        <source>Needed when the count differs from the cash expected</source>
        <translation>Needed when the count differs from the cash expected</translation>
    </message>
    <message>
        <source>Reason for a &amp;difference</source>
        <translation>Reason for a &amp;difference</translation>
    </message>
    <message>
        <source>&amp;Record the count</source>
        <translation>&amp;Record the count</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>The day</translation>
    </message>
    <message>
        <source>&amp;Close the day and print the daily reports</source>
        <translation>&amp;Close the day and print the daily reports</translation>
    </message>
    <message>
        <source>Reason to re&amp;open</source>
        <translation>Reason to re&amp;open</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>Reopen the day</translation>
    </message>
    <message>
        <source>Daily report (窓口業務日報)</source>
        <translation>Daily report (窓口業務日報)</translation>
    </message>
    <message>
        <source>Daily report of which terminal</source>
        <translation>Daily report of which terminal</translation>
    </message>
    <message>
        <source>Waiting for the central database: the day&apos;s cash…</source>
        <translation>Waiting for the central database: the day&apos;s cash…</translation>
    </message>
    <message>
        <source>Closed by %1 at %2: counts, voids and reissues are locked.</source>
        <translation>Closed by %1 at %2: counts, voids and reissues are locked.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3</source>
        <translation>Counted %1, expected %2, difference %3</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>Counted %1</translation>
    </message>
    <message>
        <source>Choose a terminal in the list first.</source>
        <translation>Choose a terminal in the list first.</translation>
    </message>
    <message>
        <source>Waiting for the central database: recording the count…</source>
        <translation>Waiting for the central database: recording the count…</translation>
    </message>
    <message>
        <source>The count of %1 is recorded.</source>
        <translation>The count of %1 is recorded.</translation>
    </message>
    <message>
        <source>Waiting for the central database: closing the day…</source>
        <translation>Waiting for the central database: closing the day…</translation>
    </message>
    <message>
        <source>The day %1 is closed.</source>
        <translation>The day %1 is closed.</translation>
    </message>
    <message>
        <source>A daily report could not be written: %1</source>
        <translation>A daily report could not be written: %1</translation>
    </message>
    <message>
        <source>Waiting for the central database: reopening the day…</source>
        <translation>Waiting for the central database: reopening the day…</translation>
    </message>
    <message>
        <source>The day %1 is open again.</source>
        <translation>The day %1 is open again.</translation>
    </message>
    <message>
        <source>Cashless payments and refunds of the chosen terminal</source>
        <translation>Cashless payments and refunds of the chosen terminal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reception number</source>
        <translation>Reception number</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refund</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ChoosePage</name>
    <message>
        <source>What did the resident come for?</source>
        <translation>What did the resident come for?</translation>
    </message>
    <message>
        <source>&amp;Life event</source>
        <translation>&amp;Life event</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>&amp;Questions that decide what else is needed</source>
        <translation>&amp;Questions that decide what else is needed</translation>
    </message>
    <message>
        <source>People concerned (異動する方) — the card holder is filled in</source>
        <translation>People concerned (異動する方) — the card holder is filled in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>People concerned; Delete removes the selected person</source>
        <translation>People concerned; Delete removes the selected person</translation>
    </message>
    <message>
        <source>Name, e.g. 鈴木&#x3000;美咲</source>
        <translation>Name, e.g. 鈴木&#x3000;美咲</translation>
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
        <source>Relationship, e.g. 妻, 長男</source>
        <translation>Relationship, e.g. 妻, 長男</translation>
    </message>
    <message>
        <source>&amp;Add (Enter)</source>
        <translation>&amp;Add (Enter)</translation>
    </message>
    <message>
        <source>Also needed — accept or decline each</source>
        <translation>Also needed — accept or decline each</translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation>— not asked yet —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— decide —</translation>
    </message>
    <message>
        <source>Accept: add to this visit</source>
        <translation>Accept: add to this visit</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Search: name, reading or keyword (じどう, 児童手当, allowance); Enter takes the first</source>
        <translation>Search: name, reading or keyword (じどう, 児童手当, allowance); Enter takes the first</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation>Child care</translation>
    </message>
    <message>
        <source>Long-term care</source>
        <translation>Long-term care</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>Disaster</translation>
    </message>
    <message>
        <source>Or procedures &amp;directly (Space ticks)</source>
        <translation>Or procedures &amp;directly (Space ticks)</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ClerkWindow</name>
    <message>
        <source>Madoguchi — counter</source>
        <translation>Madoguchi — counter</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <source>Call the &amp;next number</source>
        <translation>Call the &amp;next number</translation>
    </message>
    <message>
        <source>&amp;Walk-in visit</source>
        <translation>&amp;Walk-in visit</translation>
    </message>
    <message>
        <source>&amp;Read the card / retry the registry</source>
        <translation>&amp;Read the card / retry the registry</translation>
    </message>
    <message>
        <source>Also read the &amp;My Number (on/off)</source>
        <translation>Also read the &amp;My Number (on/off)</translation>
    </message>
    <message>
        <source>照合番号&amp;B</source>
        <translation>照合番号&amp;B</translation>
    </message>
    <message>
        <source>No &amp;card</source>
        <translation>No &amp;card</translation>
    </message>
    <message>
        <source>New resident (&amp;move-in)</source>
        <translation>New resident (&amp;move-in)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Reveal the My Number (audited)</source>
        <translation>Reveal the My Number (audited)</translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation>Cancel this visit</translation>
    </message>
    <message>
        <source>&amp;Send waiting visits now</source>
        <translation>&amp;Send waiting visits now</translation>
    </message>
    <message>
        <source>Terminal &amp;status…</source>
        <translation>Terminal &amp;status…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign in to start serving residents</source>
        <translation>Sign in to start serving residents</translation>
    </message>
    <message>
        <source>Staff &amp;ID</source>
        <translation>Staff &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign &amp;in (Enter)</source>
        <translation>Sign &amp;in (Enter)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Reception numbers waiting</source>
        <translation>Reception numbers waiting</translation>
    </message>
    <message>
        <source>Call next (F2)</source>
        <translation>Call next (F2)</translation>
    </message>
    <message>
        <source>Walk-in (F3)</source>
        <translation>Walk-in (F3)</translation>
    </message>
    <message>
        <source>No visit in progress</source>
        <translation>No visit in progress</translation>
    </message>
    <message>
        <source>F2: call the next reception number.   F3: serve a walk-in resident.</source>
        <translation>F2: call the next reception number.   F3: serve a walk-in resident.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>Back (F9)</source>
        <translation>Back (F9)</translation>
    </message>
    <message>
        <source>Continue (F10)</source>
        <translation>Continue (F10)</translation>
    </message>
    <message>
        <source>Cancel visit (Shift+F12)</source>
        <translation>Cancel visit (Shift+F12)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Finish or cancel the current visit first.</source>
        <translation>Finish or cancel the current visit first.</translation>
    </message>
    <message>
        <source>Nobody is waiting. Use F3 for a resident without a reception number.</source>
        <translation>Nobody is waiting. Use F3 for a resident without a reception number.</translation>
    </message>
    <message>
        <source>no visit</source>
        <translation>no visit</translation>
    </message>
    <message>
        <source>1 identify</source>
        <translation>1 identify</translation>
    </message>
    <message>
        <source>2 match</source>
        <translation>2 match</translation>
    </message>
    <message>
        <source>3 choose</source>
        <translation>3 choose</translation>
    </message>
    <message>
        <source>4 forms</source>
        <translation>4 forms</translation>
    </message>
    <message>
        <source>5 documents and fees</source>
        <translation>5 documents and fees</translation>
    </message>
    <message>
        <source>6 review</source>
        <translation>6 review</translation>
    </message>
    <message>
        <source>7 issuing</source>
        <translation>7 issuing</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>No visit</translation>
    </message>
    <message>
        <source>Reception %1 — step %2</source>
        <translation>Reception %1 — step %2</translation>
    </message>
    <message>
        <source>Accept the match (F10)</source>
        <translation>Accept the match (F10)</translation>
    </message>
    <message>
        <source>Issue (F10)</source>
        <translation>Issue (F10)</translation>
    </message>
    <message>
        <source>Finish (F10)</source>
        <translation>Finish (F10)</translation>
    </message>
    <message>
        <source>● Online — every visit sent</source>
        <translation>● Online — every visit sent</translation>
    </message>
    <message numerus="yes">
        <source>● Online — sending %n visit(s)</source>
        <translation>
            <numerusform>● Online — sending %n visit</numerusform>
            <numerusform>● Online — sending %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Offline — %n visit(s) waiting to be sent; work continues and they are sent when the line is back</source>
        <translation>
            <numerusform>● Offline — %n visit waiting to be sent; work continues and they are sent when the line is back</numerusform>
            <numerusform>● Offline — %n visits waiting to be sent; work continues and they are sent when the line is back</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 of %2 PDFs could not be opened. They are saved; print them from the terminal&apos;s document folder.</source>
        <translation>%1 of %2 PDFs could not be opened. They are saved; print them from the terminal&apos;s document folder.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting for the registry</source>
        <translation>&amp;Stop waiting for the registry</translation>
    </message>
    <message>
        <source>Waiting for the registry (central server)… Esc stops waiting; the screen stays usable.</source>
        <translation>Waiting for the registry (central server)… Esc stops waiting; the screen stays usable.</translation>
    </message>
    <message>
        <source>Recording the visit and writing the PDFs…</source>
        <translation>Recording the visit and writing the PDFs…</translation>
    </message>
    <message>
        <source>&amp;Print the chosen document again</source>
        <translation>&amp;Print the chosen document again</translation>
    </message>
    <message>
        <source>&amp;Open the PDFs</source>
        <translation>&amp;Open the PDFs</translation>
    </message>
    <message>
        <source>Still asking the reception queue; wait a moment.</source>
        <translation>Still asking the reception queue; wait a moment.</translation>
    </message>
    <message>
        <source>Calling the next number…</source>
        <translation>Calling the next number…</translation>
    </message>
    <message>
        <source>Numbering the resident…</source>
        <translation>Numbering the resident…</translation>
    </message>
    <message>
        <source>%1 was called, but a visit is open: call it again when it ends.</source>
        <translation>%1 was called, but a visit is open: call it again when it ends.</translation>
    </message>
    <message>
        <source>Calling %1 to counter %2.</source>
        <translation>Calling %1 to counter %2.</translation>
    </message>
    <message>
        <source>Call an &amp;interpreter / end the call</source>
        <translation>Call an &amp;interpreter / end the call</translation>
    </message>
    <message>
        <source>No interpreting service is set up for the resident&apos;s language (%1).</source>
        <translation>No interpreting service is set up for the resident&apos;s language (%1).</translation>
    </message>
    <message>
        <source>End the interpreter call (Ctrl+I)</source>
        <translation>End the interpreter call (Ctrl+I)</translation>
    </message>
    <message>
        <source>Interpreter: %1 (Ctrl+I)</source>
        <translation>Interpreter: %1 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Issued &amp;certificate: void or reissue…</source>
        <translation>Issued &amp;certificate: void or reissue…</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>&amp;Unlock (Enter)</source>
        <translation>&amp;Unlock (Enter)</translation>
    </message>
    <message>
        <source>Signed in: %1. The visit in progress is kept. Sign in again, or ask a supervisor.</source>
        <translation>Signed in: %1. The visit in progress is kept. Sign in again, or ask a supervisor.</translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation>Checking the sign-in…</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DayPage</name>
    <message>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation>C&amp;lerk</translation>
    </message>
    <message>
        <source>P&amp;rocedure</source>
        <translation>P&amp;rocedure</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>Serial or reception number (Ctrl+F)</source>
        <translation>Serial or reception number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by serial or reception number</source>
        <translation>Search by serial or reception number</translation>
    </message>
    <message>
        <source>The day&apos;s visits</source>
        <translation>The day&apos;s visits</translation>
    </message>
    <message>
        <source>A visit&apos;s story: choose a visit and press Enter</source>
        <translation>A visit&apos;s story: choose a visit and press Enter</translation>
    </message>
    <message>
        <source>The visit&apos;s audit events</source>
        <translation>The visit&apos;s audit events</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Terminal #</source>
        <translation>Terminal #</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Waiting for the central database: the day&apos;s visits…</source>
        <translation>Waiting for the central database: the day&apos;s visits…</translation>
    </message>
    <message>
        <source>%1 of %2 visit(s) on %3</source>
        <translation>%1 of %2 visit(s) on %3</translation>
    </message>
    <message>
        <source>Waiting for the central database: the visit&apos;s story…</source>
        <translation>Waiting for the central database: the visit&apos;s story…</translation>
    </message>
    <message>
        <source>Visit %1 at %2, %3 (%4)</source>
        <translation>Visit %1 at %2, %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2, My Number kept (sealed)</source>
        <translation>%1: %2, My Number kept (sealed)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>reissued as %1</source>
        <translation>reissued as %1</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>voided: %1</translation>
    </message>
    <message>
        <source>reissue of %1</source>
        <translation>reissue of %1</translation>
    </message>
    <message>
        <source>Paid %1 (%2)</source>
        <translation>Paid %1 (%2)</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at event %2: events from there on cannot be trusted.</source>
        <translation>The audit trail of %1 is broken at event %2: events from there on cannot be trusted.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: intact (%n terminal(s)).</source>
        <translation>
            <numerusform>Audit trail checked: intact (%n terminal).</numerusform>
            <numerusform>Audit trail checked: intact (%n terminals).</numerusform>
        </translation>
    </message>
    <message>
        <source>My Number revealed</source>
        <translation>My Number revealed</translation>
    </message>
    <message>
        <source>after the break</source>
        <translation>after the break</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentsPage</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Electronic money</source>
        <translation>Electronic money</translation>
    </message>
    <message>
        <source>QR code payment</source>
        <translation>QR code payment</translation>
    </message>
    <message>
        <source>Exempt (no fee)</source>
        <translation>Exempt (no fee)</translation>
    </message>
    <message>
        <source>Documents and fees</source>
        <translation>Documents and fees</translation>
    </message>
    <message>
        <source>&amp;Required documents — tick what the resident brought (Space)</source>
        <translation>&amp;Required documents — tick what the resident brought (Space)</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation>&amp;Paid by</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1 — for %2</translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation>No documents needed.</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>No fee for these procedures.</source>
        <translation>No fee for these procedures.</translation>
    </message>
    <message>
        <source>%L1 yen</source>
        <translation>%L1 yen</translation>
    </message>
    <message>
        <source>The number on the reader&apos;s or the slip&apos;s receipt</source>
        <translation>The number on the reader&apos;s or the slip&apos;s receipt</translation>
    </message>
    <message>
        <source>Cashless re&amp;ference (IC, QR, credit)</source>
        <translation>Cashless re&amp;ference (IC, QR, credit)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DonePage</name>
    <message>
        <source>Issued — hand the documents to the resident</source>
        <translation>Issued — hand the documents to the resident</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>%1 — serial %2, verification code %3</source>
        <translation>%1 — serial %2, verification code %3</translation>
    </message>
    <message>
        <source>%1 — filled in, ready to print</source>
        <translation>%1 — filled in, ready to print</translation>
    </message>
    <message>
        <source>%1 — recorded; this procedure has no printed form yet</source>
        <translation>%1 — recorded; this procedure has no printed form yet</translation>
    </message>
    <message>
        <source>Ctrl+P prints the chosen document again (or opens the PDFs when no printer is set); Ctrl+Shift+P opens the PDFs. F10 finishes the visit and clears both screens.</source>
        <translation>Ctrl+P prints the chosen document again (or opens the PDFs when no printer is set); Ctrl+Shift+P opens the PDFs. F10 finishes the visit and clears both screens.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FacePhotoView</name>
    <message>
        <source>Face photo from the card&apos;s chip</source>
        <translation>Face photo from the card&apos;s chip</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FormsPage</name>
    <message>
        <source>Forms — prefilled; type only what is missing</source>
        <translation>Forms — prefilled; type only what is missing</translation>
    </message>
    <message>
        <source>%1 [card]</source>
        <translation>%1 [card]</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1  (reveal: Ctrl+Shift+R, recorded in the audit trail)</source>
        <translation>%1  (reveal: Ctrl+Shift+R, recorded in the audit trail)</translation>
    </message>
    <message>
        <source>All forms are complete. Continue with F10.</source>
        <translation>All forms are complete. Continue with F10.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in or correct.</source>
        <translation>
            <numerusform>%n field still to fill in or correct.</numerusform>
            <numerusform>%n fields still to fill in or correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who the forms are about besides the resident</source>
        <translation>Who the forms are about besides the resident</translation>
    </message>
    <message>
        <source>— nobody of the household: type the details —</source>
        <translation>— nobody of the household: type the details —</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The deceased (亡くなった方)</source>
        <translation>The deceased (亡くなった方)</translation>
    </message>
    <message>
        <source>The spouse (配偶者)</source>
        <translation>The spouse (配偶者)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IdentifyPage</name>
    <message>
        <source>Also read the My Number (Ctrl+M; only for procedures that lawfully need it)</source>
        <translation>Also read the My Number (Ctrl+M; only for procedures that lawfully need it)</translation>
    </message>
    <message>
        <source>Read the card — PIN on the resident&apos;s screen (F5)</source>
        <translation>Read the card — PIN on the resident&apos;s screen (F5)</translation>
    </message>
    <message>
        <source>照合番号B from the card face (F6)</source>
        <translation>照合番号B from the card face (F6)</translation>
    </message>
    <message>
        <source>No card (F7)</source>
        <translation>No card (F7)</translation>
    </message>
    <message>
        <source>照合番号B</source>
        <translation>照合番号B</translation>
    </message>
    <message>
        <source>birth date YYMMDD + expiry year + security code, 14 digits</source>
        <translation>birth date YYMMDD + expiry year + security code, 14 digits</translation>
    </message>
    <message>
        <source>照合番号&amp;B</source>
        <translation>照合番号&amp;B</translation>
    </message>
    <message>
        <source>Without a card: check an ID document, then search the registry</source>
        <translation>Without a card: check an ID document, then search the registry</translation>
    </message>
    <message>
        <source>— choose the document checked —</source>
        <translation>— choose the document checked —</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>Residence card</translation>
    </message>
    <message>
        <source>Two documents (health insurance card + pension book, ...)</source>
        <translation>Two documents (health insurance card + pension book, ...)</translation>
    </message>
    <message>
        <source>1980-02-17 or 昭和55年2月17日</source>
        <translation>1980-02-17 or 昭和55年2月17日</translation>
    </message>
    <message>
        <source>&amp;Search the registry (Enter)</source>
        <translation>&amp;Search the registry (Enter)</translation>
    </message>
    <message>
        <source>ID &amp;document</source>
        <translation>ID &amp;document</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>&amp;Address (optional)</source>
        <translation>&amp;Address (optional)</translation>
    </message>
    <message>
        <source>Reception %1 — who is the resident?</source>
        <translation>Reception %1 — who is the resident?</translation>
    </message>
    <message>
        <source>Ask the resident to place the My Number card on the reader, then press F5.</source>
        <translation>Ask the resident to place the My Number card on the reader, then press F5.</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Checking the card…</translation>
    </message>
    <message>
        <source>The resident is typing the PIN on their own screen (tries left: %1). Do not ask for the PIN.</source>
        <translation>The resident is typing the PIN on their own screen (tries left: %1). Do not ask for the PIN.</translation>
    </message>
    <message>
        <source>Only one PIN try is left. The resident&apos;s screen asks them to confirm before typing; if they are unsure, use 照合番号B (F6) instead.</source>
        <translation>Only one PIN try is left. The resident&apos;s screen asks them to confirm before typing; if they are unsure, use 照合番号B (F6) instead.</translation>
    </message>
    <message>
        <source>Reading the card… the card must stay on the reader.</source>
        <translation>Reading the card… the card must stay on the reader.</translation>
    </message>
    <message>
        <source>The PIN is locked. Use 照合番号B from the card face (F6), or serve without the card (F7). The resident can have the PIN reset at the My Number card counter.</source>
        <translation>The PIN is locked. Use 照合番号B from the card face (F6), or serve without the card (F7). The resident can have the PIN reset at the My Number card counter.</translation>
    </message>
    <message>
        <source>Type 照合番号B from the card face and press Enter.</source>
        <translation>Type 照合番号B from the card face and press Enter.</translation>
    </message>
    <message>
        <source>Check an ID document by eye, record which one, then search by name and birth date.</source>
        <translation>Check an ID document by eye, record which one, then search by name and birth date.</translation>
    </message>
    <message>
        <source>Only one 照合番号B try is left: if it is wrong, 照合番号B is locked too. Check the digits on the card face with the resident, then press F6 to try once more, or serve without the card (F7).</source>
        <translation>Only one 照合番号B try is left: if it is wrong, 照合番号B is locked too. Check the digits on the card face with the resident, then press F6 to try once more, or serve without the card (F7).</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::InterpreterCall</name>
    <message>
        <source>No interpreting service is set up for this language, or the visit is not at a step where one can be called.</source>
        <translation>No interpreting service is set up for this language, or the visit is not at a step where one can be called.</translation>
    </message>
    <message>
        <source>The interpreting service %1 could not be opened on this terminal.</source>
        <translation>The interpreting service %1 could not be opened on this terminal.</translation>
    </message>
    <message>
        <source>The interpreting service %1 could not be started: %2</source>
        <translation>The interpreting service %1 could not be started: %2</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IssuedDocumentDialog</name>
    <message>
        <source>Issued certificate — void or reissue</source>
        <translation>Issued certificate — void or reissue</translation>
    </message>
    <message>
        <source>Find an issued certificate</source>
        <translation>Find an issued certificate</translation>
    </message>
    <message>
        <source>Type its serial and press Enter, or scan the QR code printed on it.</source>
        <translation>Type its serial and press Enter, or scan the QR code printed on it.</translation>
    </message>
    <message>
        <source>Serial or QR code</source>
        <translation>Serial or QR code</translation>
    </message>
    <message>
        <source>&amp;Serial or QR code</source>
        <translation>&amp;Serial or QR code</translation>
    </message>
    <message>
        <source>Reason for the void or reissue</source>
        <translation>Reason for the void or reissue</translation>
    </message>
    <message>
        <source>Reason (required; kept in the audit trail)</source>
        <translation>Reason (required; kept in the audit trail)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>No certificate chosen.</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serial: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Issued: %1 at terminal %2 (business day %3)</source>
        <translation>Issued: %1 at terminal %2 (business day %3)</translation>
    </message>
    <message>
        <source>Copies: %1, fee %L2 yen</source>
        <translation>Copies: %1, fee %L2 yen</translation>
    </message>
    <message>
        <source>Reissue of %1</source>
        <translation>Reissue of %1</translation>
    </message>
    <message>
        <source>Reissued as %1</source>
        <translation>Reissued as %1</translation>
    </message>
    <message>
        <source>State: VOID since %1 (%2)</source>
        <translation>State: VOID since %1 (%2)</translation>
    </message>
    <message>
        <source>State: valid</source>
        <translation>State: valid</translation>
    </message>
    <message>
        <source>Asking the central database…</source>
        <translation>Asking the central database…</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Found %1.</translation>
    </message>
    <message>
        <source>Recording the void request…</source>
        <translation>Recording the void request…</translation>
    </message>
    <message>
        <source>The void of %1 is requested. It stays valid until a supervisor approves.</source>
        <translation>The void of %1 is requested. It stays valid until a supervisor approves.</translation>
    </message>
    <message>
        <source>Voiding…</source>
        <translation>Voiding…</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 is void.</translation>
    </message>
    <message>
        <source>Reissuing…</source>
        <translation>Reissuing…</translation>
    </message>
    <message>
        <source>%1 reissued as %2 (verification code %3); the old serial is void.</source>
        <translation>%1 reissued as %2 (verification code %3); the old serial is void.</translation>
    </message>
    <message>
        <source>Ask for a void — a supervisor approves (F5)</source>
        <translation>Ask for a void — a supervisor approves (F5)</translation>
    </message>
    <message>
        <source>Void now — supervisor (F6)</source>
        <translation>Void now — supervisor (F6)</translation>
    </message>
    <message>
        <source>Reissue under a new serial — supervisor (F7)</source>
        <translation>Reissue under a new serial — supervisor (F7)</translation>
    </message>
    <message>
        <source>The new paper is printed under the new serial.</source>
        <translation>The new paper is printed under the new serial.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::KpiPage</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation>Counted per</translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>hour of the day</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Cou&amp;nted per</source>
        <translation>Cou&amp;nted per</translation>
    </message>
    <message>
        <source>Co&amp;mpute (Enter)</source>
        <translation>Co&amp;mpute (Enter)</translation>
    </message>
    <message>
        <source>Visits and procedures</source>
        <translation>Visits and procedures</translation>
    </message>
    <message>
        <source>Visits by procedure</source>
        <translation>Visits by procedure</translation>
    </message>
    <message>
        <source>Visits by channel</source>
        <translation>Visits by channel</translation>
    </message>
    <message>
        <source>Visits by age band</source>
        <translation>Visits by age band</translation>
    </message>
    <message>
        <source>Waiting and service time (minutes)</source>
        <translation>Waiting and service time (minutes)</translation>
    </message>
    <message>
        <source>Identification with the My Number card</source>
        <translation>Identification with the My Number card</translation>
    </message>
    <message>
        <source>Kiosk pre-entries used</source>
        <translation>Kiosk pre-entries used</translation>
    </message>
    <message>
        <source>Waiting for the central database: computing the KPIs…</source>
        <translation>Waiting for the central database: computing the KPIs…</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>procedures</source>
        <translation>procedures</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>card read</translation>
    </message>
    <message>
        <source>other identification</source>
        <translation>other identification</translation>
    </message>
    <message>
        <source>from a kiosk pre-entry</source>
        <translation>from a kiosk pre-entry</translation>
    </message>
    <message>
        <source>at the counter only</source>
        <translation>at the counter only</translation>
    </message>
    <message>
        <source>%1: %2 visit(s), %3 min</source>
        <translation>%1: %2 visit(s), %3 min</translation>
    </message>
    <message>
        <source>Interpreters: %1.</source>
        <translation>Interpreters: %1.</translation>
    </message>
    <message>
        <source>Folder for the open data</source>
        <translation>Folder for the open data</translation>
    </message>
    <message>
        <source>print/document_dir/open-data</source>
        <translation>print/document_dir/open-data</translation>
    </message>
    <message>
        <source>Op&amp;en data folder</source>
        <translation>Op&amp;en data folder</translation>
    </message>
    <message>
        <source>E&amp;xport open data of the period (CSV, JSON)</source>
        <translation>E&amp;xport open data of the period (CSV, JSON)</translation>
    </message>
    <message>
        <source>Form fields filled for the resident or typed</source>
        <translation>Form fields filled for the resident or typed</translation>
    </message>
    <message>
        <source>Waiting for the central database: writing the open data…</source>
        <translation>Waiting for the central database: writing the open data…</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2 and %3; %4 row(s) of fewer than %5 visits left out.</source>
        <translation>%1 row(s) written to %2 and %3; %4 row(s) of fewer than %5 visits left out.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 visit(s), %4 procedure(s); card identification %5 %; kiosk pre-entries %6; waiting median %7 min, p90 %8 min; service median %9 min, p90 %10 min; form fields prefilled %11 %.</source>
        <translation>%1 to %2: %3 visit(s), %4 procedure(s); card identification %5 %; kiosk pre-entries %6; waiting median %7 min, p90 %8 min; service median %9 min, p90 %10 min; form fields prefilled %11 %.</translation>
    </message>
    <message>
        <source>prefilled (no handwriting)</source>
        <translation>prefilled (no handwriting)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>typed</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MatchPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
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
        <source>Match with the registry</source>
        <translation>Match with the registry</translation>
    </message>
    <message>
        <source>Registry records found</source>
        <translation>Registry records found</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Card and registry side by side</source>
        <translation>Card and registry side by side</translation>
    </message>
    <message>
        <source>The registry server cannot be reached. Press F5 to try again. A move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</source>
        <translation>The registry server cannot be reached. Press F5 to try again. A move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (match %4%)</source>
        <translation>%1  %2  %3  (match %4%)</translation>
    </message>
    <message>
        <source>Checked document</source>
        <translation>Checked document</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <source>(checked by eye)</source>
        <translation>(checked by eye)</translation>
    </message>
    <message>
        <source>— no record —</source>
        <translation>— no record —</translation>
    </message>
    <message>
        <source>No registry record matches this card. For a move-in (転入) press F8 to continue as a new resident; otherwise check the card and go back (F9).</source>
        <translation>No registry record matches this card. For a move-in (転入) press F8 to continue as a new resident; otherwise check the card and go back (F9).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ between the card and the registry: check with the resident before accepting (F10). A card not updated after a move is a common cause.</source>
        <translation>
            <numerusform>%n item differ between the card and the registry: check with the resident before accepting (F10). A card not updated after a move is a common cause.</numerusform>
            <numerusform>%n items differ between the card and the registry: check with the resident before accepting (F10). A card not updated after a move is a common cause.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card and registry agree. Accept with F10.</source>
        <translation>Card and registry agree. Accept with F10.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PdfPreview</name>
    <message>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>The preview of %1 cannot be shown; the PDF itself is kept.</source>
        <translation>The preview of %1 cannot be shown; the PDF itself is kept.</translation>
    </message>
    <message>
        <source>The preview cannot be shown.</source>
        <translation>The preview cannot be shown.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PrintPanel</name>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>no printed form</source>
        <translation>no printed form</translation>
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
        <translation>Review — the resident confirms on their screen</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 copies, %L2 yen&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 copies, %L2 yen&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Total %L1 yen&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Total %L1 yen&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✓ The resident confirmed. Issue with F10.</source>
        <translation>✓ The resident confirmed. Issue with F10.</translation>
    </message>
    <message>
        <source>Waiting for the resident to confirm on their screen…</source>
        <translation>Waiting for the resident to confirm on their screen…</translation>
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
    <name>madoguchi::ui::SupervisorWindow</name>
    <message>
        <source>Madoguchi — supervisor</source>
        <translation>Madoguchi — supervisor</translation>
    </message>
    <message>
        <source>What the screen is waiting for</source>
        <translation>What the screen is waiting for</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Sign in with a supervisor account</source>
        <translation>Sign in with a supervisor account</translation>
    </message>
    <message>
        <source>Staff &amp;ID</source>
        <translation>Staff &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign &amp;in (Enter)</source>
        <translation>Sign &amp;in (Enter)</translation>
    </message>
    <message>
        <source>The &amp;day</source>
        <translation>The &amp;day</translation>
    </message>
    <message>
        <source>V&amp;oids and reissues</source>
        <translation>V&amp;oids and reissues</translation>
    </message>
    <message>
        <source>&amp;Cash and closing</source>
        <translation>&amp;Cash and closing</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation>Checking the sign-in…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lerts</translation>
    </message>
    <message>
        <source>A&amp;lerts (%1)</source>
        <translation>A&amp;lerts (%1)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VoidsPage</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Void requests from the counters</source>
        <translation>Void requests from the counters</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Which requests</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Void requests</source>
        <translation>Void requests</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Reason for approving or refusing (required)</source>
        <translation>Reason for approving or refusing (required)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <source>&amp;Approve and void</source>
        <translation>&amp;Approve and void</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Re&amp;fuse</translation>
    </message>
    <message>
        <source>A certificate by serial</source>
        <translation>A certificate by serial</translation>
    </message>
    <message>
        <source>Reason (required; kept in the audit trail)</source>
        <translation>Reason (required; kept in the audit trail)</translation>
    </message>
    <message>
        <source>Se&amp;rial</source>
        <translation>Se&amp;rial</translation>
    </message>
    <message>
        <source>Reaso&amp;n for the void or reissue</source>
        <translation>Reaso&amp;n for the void or reissue</translation>
    </message>
    <message>
        <source>&amp;Void directly</source>
        <translation>&amp;Void directly</translation>
    </message>
    <message>
        <source>R&amp;eissue under a new serial</source>
        <translation>R&amp;eissue under a new serial</translation>
    </message>
    <message>
        <source>Waiting for the central database: void requests…</source>
        <translation>Waiting for the central database: void requests…</translation>
    </message>
    <message>
        <source>Choose a request in the list first.</source>
        <translation>Choose a request in the list first.</translation>
    </message>
    <message>
        <source>Waiting for the central database: recording the decision…</source>
        <translation>Waiting for the central database: recording the decision…</translation>
    </message>
    <message>
        <source>Approved: %1 is void.</source>
        <translation>Approved: %1 is void.</translation>
    </message>
    <message>
        <source>Refused: %1 stays valid.</source>
        <translation>Refused: %1 stays valid.</translation>
    </message>
    <message>
        <source>Waiting for the central database: voiding…</source>
        <translation>Waiting for the central database: voiding…</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 is void.</translation>
    </message>
    <message>
        <source>Waiting for the central database: reissuing…</source>
        <translation>Waiting for the central database: reissuing…</translation>
    </message>
    <message>
        <source>%1 reissued as %2 (verification code %3); the old serial is void.</source>
        <translation>%1 reissued as %2 (verification code %3); the old serial is void.</translation>
    </message>
</context>
<context>
    <name>madoguchi::visit::VisitWorkflow</name>
    <message>
        <source>Finish or cancel the current visit first.</source>
        <translation>Finish or cancel the current visit first.</translation>
    </message>
    <message>
        <source>The documents are being issued; wait until it is finished.</source>
        <translation>The documents are being issued; wait until it is finished.</translation>
    </message>
    <message>
        <source>The visit was cancelled; nothing was recorded.</source>
        <translation>The visit was cancelled; nothing was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>The visit was closed after %n minute(s) without activity; nothing was recorded.</source>
        <translation>
            <numerusform>The visit was closed after %n minute without activity; nothing was recorded.</numerusform>
            <numerusform>The visit was closed after %n minutes without activity; nothing was recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked. Use 照合番号B from the card face, or identify without the card.</source>
        <translation>The card&apos;s PIN is locked. Use 照合番号B from the card face, or identify without the card.</translation>
    </message>
    <message>
        <source>The PIN has 4 digits.</source>
        <translation>The PIN has 4 digits.</translation>
    </message>
    <message>
        <source>照合番号B has 14 digits: birth date (YYMMDD), expiry year (YYYY) and the 4-digit security code.</source>
        <translation>照合番号B has 14 digits: birth date (YYMMDD), expiry year (YYYY) and the 4-digit security code.</translation>
    </message>
    <message>
        <source>The registry cannot be reached. Retry, or continue with the card&apos;s details for a move-in.</source>
        <translation>The registry cannot be reached. Retry, or continue with the card&apos;s details for a move-in.</translation>
    </message>
    <message>
        <source>Record which ID document you checked.</source>
        <translation>Record which ID document you checked.</translation>
    </message>
    <message>
        <source>Check an ID document and record it before searching the registry.</source>
        <translation>Check an ID document and record it before searching the registry.</translation>
    </message>
    <message>
        <source>Search with at least the name and the birth date.</source>
        <translation>Search with at least the name and the birth date.</translation>
    </message>
    <message>
        <source>The registry cannot be reached, so a resident without a card cannot be identified now. Retry in a moment, or ask the resident to come back with the My Number card.</source>
        <translation>The registry cannot be reached, so a resident without a card cannot be identified now. Retry in a moment, or ask the resident to come back with the My Number card.</translation>
    </message>
    <message>
        <source>No resident found. Check the spelling, or search with the address too.</source>
        <translation>No resident found. Check the spelling, or search with the address too.</translation>
    </message>
    <message>
        <source>Choose the registry record that belongs to this resident.</source>
        <translation>Choose the registry record that belongs to this resident.</translation>
    </message>
    <message>
        <source>A resident who is not in the registry can only be served with their My Number card.</source>
        <translation>A resident who is not in the registry can only be served with their My Number card.</translation>
    </message>
    <message>
        <source>A resident not yet in the registry can only make a move-in notice (転入届).</source>
        <translation>A resident not yet in the registry can only make a move-in notice (転入届).</translation>
    </message>
    <message>
        <source>Unknown life event &quot;%1&quot;.</source>
        <translation>Unknown life event &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown procedure &quot;%1&quot;.</source>
        <translation>Unknown procedure &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>Type the person&apos;s birth date.</source>
        <translation>Type the person&apos;s birth date.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>Choose the person&apos;s sex.</translation>
    </message>
    <message>
        <source>Type the relationship to the head of household (続柄), e.g. 妻, 長男.</source>
        <translation>Type the relationship to the head of household (続柄), e.g. 妻, 長男.</translation>
    </message>
    <message>
        <source>Choose a life event or at least one procedure.</source>
        <translation>Choose a life event or at least one procedure.</translation>
    </message>
    <message>
        <source>List at least one person the notice concerns.</source>
        <translation>List at least one person the notice concerns.</translation>
    </message>
    <message>
        <source>Answer every question first: &quot;%1&quot;.</source>
        <translation>Answer every question first: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Accept or decline every proposed procedure first.</source>
        <translation>Accept or decline every proposed procedure first.</translation>
    </message>
    <message>
        <source>A chosen procedure needs the My Number, which was not read. Type it from the card, or go back and read the card again with &quot;read the My Number&quot; ticked.</source>
        <translation>A chosen procedure needs the My Number, which was not read. Type it from the card, or go back and read the card again with &quot;read the My Number&quot; ticked.</translation>
    </message>
    <message>
        <source>The forms cannot be changed now.</source>
        <translation>The forms cannot be changed now.</translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <source>This comes from the card or the registry and cannot be typed over.</source>
        <translation>This comes from the card or the registry and cannot be typed over.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is still missing.</source>
        <translation>%1: &quot;%2&quot; is still missing.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>From 1 to 10 copies.</source>
        <translation>From 1 to 10 copies.</translation>
    </message>
    <message>
        <source>Not ticked: %1. Continue again if they are not needed for this resident.</source>
        <translation>Not ticked: %1. Continue again if they are not needed for this resident.</translation>
    </message>
    <message>
        <source>Choose how the fee of %L1 yen is paid.</source>
        <translation>Choose how the fee of %L1 yen is paid.</translation>
    </message>
    <message>
        <source>The resident has not confirmed the forms on their screen yet.</source>
        <translation>The resident has not confirmed the forms on their screen yet.</translation>
    </message>
    <message numerus="yes">
        <source>Issued: %n document(s).</source>
        <translation>
            <numerusform>Issued: %n document.</numerusform>
            <numerusform>Issued: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>No chosen procedure needs the My Number, so it is not shown.</source>
        <translation>No chosen procedure needs the My Number, so it is not shown.</translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting. Press F5 to ask again; a move-in can still be taken with the card&apos;s details (F8).</source>
        <translation>The registry did not answer and you stopped waiting. Press F5 to ask again; a move-in can still be taken with the card&apos;s details (F8).</translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting; nothing was looked up. Search again, or ask the resident to come back with the My Number card.</source>
        <translation>The registry did not answer and you stopped waiting; nothing was looked up. Search again, or ask the resident to come back with the My Number card.</translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting. Continue (F10) to ask for the household again.</source>
        <translation>The registry did not answer and you stopped waiting. Continue (F10) to ask for the household again.</translation>
    </message>
    <message>
        <source>Certificates need a registry record; choose the move-in notice (転入届) first, the certificate is then made from it.</source>
        <translation>Certificates need a registry record; choose the move-in notice (転入届) first, the certificate is then made from it.</translation>
    </message>
    <message>
        <source>The resident&apos;s pre-entry from the kiosk is in this visit; check it with them.</source>
        <translation>The resident&apos;s pre-entry from the kiosk is in this visit; check it with them.</translation>
    </message>
    <message>
        <source>Choose someone of the resident&apos;s household, or nobody and type the details.</source>
        <translation>Choose someone of the resident&apos;s household, or nobody and type the details.</translation>
    </message>
    <message>
        <source>An interpreter can be called during a visit, up to the review.</source>
        <translation>An interpreter can be called during a visit, up to the review.</translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no seal registration (印鑑登録) for this resident. Register the seal first, or remove the procedure.</source>
        <translation>%1 cannot be issued: the registry holds no seal registration (印鑑登録) for this resident. Register the seal first, or remove the procedure.</translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no tax record for this resident (no income was declared or assessed here). Remove the procedure, or ask the tax section.</source>
        <translation>%1 cannot be issued: the registry holds no tax record for this resident (no income was declared or assessed here). Remove the procedure, or ask the tax section.</translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no light vehicle tax for this resident.</source>
        <translation>%1 cannot be issued: the registry holds no light vehicle tax for this resident.</translation>
    </message>
    <message>
        <source>%1 is claimed by a parent for a child under 18 in the household; the registry lists no such child with this resident and the visit adds none. Remove the procedure.</source>
        <translation>%1 is claimed by a parent for a child under 18 in the household; the registry lists no such child with this resident and the visit adds none. Remove the procedure.</translation>
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
    <message>
        <source>A font for this language is not installed (%1).</source>
        <translation>A font for this language is not installed (%1).</translation>
    </message>
    <message>
        <source>A character cannot be printed with the installed fonts.</source>
        <translation>A character cannot be printed with the installed fonts.</translation>
    </message>
    <message>
        <source>The guidance does not fit on one page.</source>
        <translation>The guidance does not fit on one page.</translation>
    </message>
</context>
<context>
    <name>printer</name>
    <message>
        <source>This procedure has no printed form; there is nothing to print.</source>
        <translation>This procedure has no printed form; there is nothing to print.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>Printer %1 is out of paper (%2). Load paper; the job then prints.</source>
        <translation>Printer %1 is out of paper (%2). Load paper; the job then prints.</translation>
    </message>
    <message>
        <source>Printer %1: the tray (%2) is missing or not pushed in. Put it back; the job then prints.</source>
        <translation>Printer %1: the tray (%2) is missing or not pushed in. Put it back; the job then prints.</translation>
    </message>
    <message>
        <source>Printer %1 has a paper jam. Open it, remove the paper, close it.</source>
        <translation>Printer %1 has a paper jam. Open it, remove the paper, close it.</translation>
    </message>
    <message>
        <source>Printer %1: a door is open. Close it; the job then prints.</source>
        <translation>Printer %1: a door is open. Close it; the job then prints.</translation>
    </message>
    <message>
        <source>Printer %1: the cover is open. Close it; the job then prints.</source>
        <translation>Printer %1: the cover is open. Close it; the job then prints.</translation>
    </message>
    <message>
        <source>Printer %1 is out of toner. Replace the cartridge.</source>
        <translation>Printer %1 is out of toner. Replace the cartridge.</translation>
    </message>
    <message>
        <source>Printer %1 is out of toner or ink. Replace the cartridge.</source>
        <translation>Printer %1 is out of toner or ink. Replace the cartridge.</translation>
    </message>
    <message>
        <source>Printer %1 is offline. Check that it is switched on and its cable or network is connected.</source>
        <translation>Printer %1 is offline. Check that it is switched on and its cable or network is connected.</translation>
    </message>
    <message>
        <source>Printer %1 does not answer. Check that it is switched on and its cable or network is connected.</source>
        <translation>Printer %1 does not answer. Check that it is switched on and its cable or network is connected.</translation>
    </message>
    <message>
        <source>Printer %1 is switched off. Switch it on; the job then prints.</source>
        <translation>Printer %1 is switched off. Switch it on; the job then prints.</translation>
    </message>
    <message>
        <source>The print queue %1 is stopped. Ask a supervisor or IT staff to resume it (cupsenable %1); the job then prints.</source>
        <translation>The print queue %1 is stopped. Ask a supervisor or IT staff to resume it (cupsenable %1); the job then prints.</translation>
    </message>
    <message>
        <source>The record and the PDF are kept.</source>
        <translation>The record and the PDF are kept.</translation>
    </message>
    <message>
        <source>default tray</source>
        <translation>default tray</translation>
    </message>
    <message>
        <source>The print server cannot be reached; printer %1 is not available. Ask IT staff.</source>
        <translation>The print server cannot be reached; printer %1 is not available. Ask IT staff.</translation>
    </message>
    <message>
        <source>The printer %1 set for this terminal does not exist on the print server. Ask IT staff to check the printer settings.</source>
        <translation>The printer %1 set for this terminal does not exist on the print server. Ask IT staff to check the printer settings.</translation>
    </message>
    <message>
        <source>The print job on %1 was cancelled. Print it again with Ctrl+P.</source>
        <translation>The print job on %1 was cancelled. Print it again with Ctrl+P.</translation>
    </message>
    <message>
        <source>Printer %1 could not print the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</source>
        <translation>Printer %1 could not print the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</translation>
    </message>
    <message>
        <source>The print job on %1 is held. Ask a supervisor to release it.</source>
        <translation>The print job on %1 is held. Ask a supervisor to release it.</translation>
    </message>
    <message>
        <source>The print queue %1 is not accepting jobs. Ask a supervisor or IT staff (cupsaccept %1).</source>
        <translation>The print queue %1 is not accepting jobs. Ask a supervisor or IT staff (cupsaccept %1).</translation>
    </message>
    <message>
        <source>Printer %1 refused the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</source>
        <translation>Printer %1 refused the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</translation>
    </message>
    <message>
        <source>The PDF %1 is missing from the document folder; nothing was sent to the printer.</source>
        <translation>The PDF %1 is missing from the document folder; nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>Printer %1 has no tray &quot;%2&quot; (it has: %3), so the %4 was not printed. Ask IT staff to correct the printer settings (printer/%5_tray). The record and the PDF are kept.</source>
        <translation>Printer %1 has no tray &quot;%2&quot; (it has: %3), so the %4 was not printed. Ask IT staff to correct the printer settings (printer/%5_tray). The record and the PDF are kept.</translation>
    </message>
    <message>
        <source>No printer is set for the %1: print the PDF by hand (Ctrl+Shift+P opens it).</source>
        <translation>No printer is set for the %1: print the PDF by hand (Ctrl+Shift+P opens it).</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sending to %1…</translation>
    </message>
    <message>
        <source>In the queue of %1 (job %2)</source>
        <translation>In the queue of %1 (job %2)</translation>
    </message>
    <message>
        <source>Printing on %1 (job %2)</source>
        <translation>Printing on %1 (job %2)</translation>
    </message>
    <message>
        <source>Printed on %1 (job %2)</source>
        <translation>Printed on %1 (job %2)</translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation>The print job was cancelled.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>The privacy key file %1 cannot be used. Ask IT staff to check it.</source>
        <translation>The privacy key file %1 cannot be used. Ask IT staff to check it.</translation>
    </message>
    <message>
        <source>The privacy key file %1 can be read or changed by other accounts, so it is not used. Ask IT staff to make it readable by its owner only (chmod 600) and to check who has read it.</source>
        <translation>The privacy key file %1 can be read or changed by other accounts, so it is not used. Ask IT staff to make it readable by its owner only (chmod 600) and to check who has read it.</translation>
    </message>
    <message>
        <source>The sealed My Numbers could not be sealed again; nothing was changed. Ask IT staff to check the log.</source>
        <translation>The sealed My Numbers could not be sealed again; nothing was changed. Ask IT staff to check the log.</translation>
    </message>
    <message>
        <source>Every My Number is sealed under the new key, but the old key could not be removed from the key file. Run keys rotate again.</source>
        <translation>Every My Number is sealed under the new key, but the old key could not be removed from the key file. Run keys rotate again.</translation>
    </message>
    <message>
        <source>Every My Number at the centre is sealed under the new key, but the old key could not be removed from the centre&apos;s key file. Run the rotation again.</source>
        <translation>Every My Number at the centre is sealed under the new key, but the old key could not be removed from the centre&apos;s key file. Run the rotation again.</translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <source>The reception queue could not be reached. Nothing was changed; try again in a moment.</source>
        <translation>The reception queue could not be reached. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation>There is no ticket %1 today.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be changed now (it is %2).</source>
        <translation>Ticket %1 cannot be changed now (it is %2).</translation>
    </message>
    <message>
        <source>There is no counter group %1.</source>
        <translation>There is no counter group %1.</translation>
    </message>
    <message>
        <source>A ticket comes from the kiosk, a clerk or a reservation.</source>
        <translation>A ticket comes from the kiosk, a clerk or a reservation.</translation>
    </message>
    <message>
        <source>Give the counter&apos;s name.</source>
        <translation>Give the counter&apos;s name.</translation>
    </message>
    <message>
        <source>Say where the ticket goes: a group or a counter.</source>
        <translation>Say where the ticket goes: a group or a counter.</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>The notice is empty.</translation>
    </message>
    <message>
        <source>The waiting times could not be written to %1.</source>
        <translation>The waiting times could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>The registry cannot be searched right now. Try again, or ask IT staff.</source>
        <translation>The registry cannot be searched right now. Try again, or ask IT staff.</translation>
    </message>
    <message>
        <source>The registry could not be stored; nothing was imported.</source>
        <translation>The registry could not be stored; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n error; nothing was imported.</numerusform>
            <numerusform>The file has %n errors; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Sign in first: this needs a staff account.</source>
        <translation>Sign in first: this needs a staff account.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a supervisor.</source>
        <translation>Your account may not do this. Ask a supervisor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff accounts cannot be checked: the central database is not reachable. Ask IT staff.</source>
        <translation>Staff accounts cannot be checked: the central database is not reachable. Ask IT staff.</translation>
    </message>
    <message>
        <source>Staff ID or password is wrong.</source>
        <translation>Staff ID or password is wrong.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit trail. Ask IT staff.</source>
        <translation>The sign-in could not be recorded in the audit trail. Ask IT staff.</translation>
    </message>
    <message>
        <source>The login must be 2 to 32 characters: lower-case letters a-z, digits and . _ -, starting with a letter or digit.</source>
        <translation>The login must be 2 to 32 characters: lower-case letters a-z, digits and . _ -, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters without spaces at either end.</source>
        <translation>The name must be 1 to 64 characters without spaces at either end.</translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation>The name contains a control character.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The password must have at most 256 characters.</source>
        <translation>The password must have at most 256 characters.</translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation>The password must not be only spaces.</translation>
    </message>
    <message>
        <source>The first staff account must be an admin (--role admin).</source>
        <translation>The first staff account must be an admin (--role admin).</translation>
    </message>
    <message>
        <source>Sign in as an admin to add staff accounts (--as LOGIN).</source>
        <translation>Sign in as an admin to add staff accounts (--as LOGIN).</translation>
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
        <source>The central database is not reachable and this terminal&apos;s copy of the staff accounts is too old to sign in with. Ask IT staff to restore the connection.</source>
        <translation>The central database is not reachable and this terminal&apos;s copy of the staff accounts is too old to sign in with. Ask IT staff to restore the connection.</translation>
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
    <name>supervisor</name>
    <message>
        <source>The central database cannot be reached or refused the change. Nothing was changed.</source>
        <translation>The central database cannot be reached or refused the change. Nothing was changed.</translation>
    </message>
    <message>
        <source>No certificate %1 is known at the centre. Check the serial; a certificate issued moments ago may not be synced yet.</source>
        <translation>No certificate %1 is known at the centre. Check the serial; a certificate issued moments ago may not be synced yet.</translation>
    </message>
    <message>
        <source>The day %1 is closed. Reopen it (with a reason) to change it.</source>
        <translation>The day %1 is closed. Reopen it (with a reason) to change it.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <source>certificate lookup</source>
        <translation>certificate lookup</translation>
    </message>
    <message>
        <source>The lookup could not be recorded in the audit trail, so it is not shown.</source>
        <translation>The lookup could not be recorded in the audit trail, so it is not shown.</translation>
    </message>
    <message>
        <source>Certificate %1 is already void.</source>
        <translation>Certificate %1 is already void.</translation>
    </message>
    <message>
        <source>A void of %1 has already been requested and waits for a supervisor.</source>
        <translation>A void of %1 has already been requested and waits for a supervisor.</translation>
    </message>
    <message>
        <source>The void request could not be saved on this terminal.</source>
        <translation>The void request could not be saved on this terminal.</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>This request has already been answered.</translation>
    </message>
    <message>
        <source>Certificate %1 is unknown or already void.</source>
        <translation>Certificate %1 is unknown or already void.</translation>
    </message>
    <message>
        <source>The void could not be recorded in the audit trail, so it was not made.</source>
        <translation>The void could not be recorded in the audit trail, so it was not made.</translation>
    </message>
    <message>
        <source>No such void request.</source>
        <translation>No such void request.</translation>
    </message>
    <message>
        <source>The answer could not be recorded in the audit trail, so it was not given.</source>
        <translation>The answer could not be recorded in the audit trail, so it was not given.</translation>
    </message>
    <message>
        <source>This terminal has no identifier. Ask IT staff to set terminal/id.</source>
        <translation>This terminal has no identifier. Ask IT staff to set terminal/id.</translation>
    </message>
    <message>
        <source>Certificate %1 was already reissued as %2.</source>
        <translation>Certificate %1 was already reissued as %2.</translation>
    </message>
    <message>
        <source>No new serial could be taken on this terminal.</source>
        <translation>No new serial could be taken on this terminal.</translation>
    </message>
    <message>
        <source>Reissued as %1: %2</source>
        <translation>Reissued as %1: %2</translation>
    </message>
    <message>
        <source>The reissue could not be recorded in the audit trail, so it was not made.</source>
        <translation>The reissue could not be recorded in the audit trail, so it was not made.</translation>
    </message>
    <message>
        <source>The visit cannot be read from the central database.</source>
        <translation>The visit cannot be read from the central database.</translation>
    </message>
    <message>
        <source>No visit %1 is known at the centre.</source>
        <translation>No visit %1 is known at the centre.</translation>
    </message>
    <message>
        <source>The reading could not be recorded in the audit trail, so it is not shown.</source>
        <translation>The reading could not be recorded in the audit trail, so it is not shown.</translation>
    </message>
    <message>
        <source>Give the terminal and the day.</source>
        <translation>Give the terminal and the day.</translation>
    </message>
    <message>
        <source>%1 yen × %2 is not a possible count.</source>
        <translation>%1 yen × %2 is not a possible count.</translation>
    </message>
    <message>
        <source>The counted cash (%1 yen) differs from the recorded cash (%2 yen) by %3 yen: give the reason.</source>
        <translation>The counted cash (%1 yen) differs from the recorded cash (%2 yen) by %3 yen: give the reason.</translation>
    </message>
    <message>
        <source>The count could not be recorded in the audit trail, so it was not kept.</source>
        <translation>The count could not be recorded in the audit trail, so it was not kept.</translation>
    </message>
    <message>
        <source>Count the cash of %1 before closing the day.</source>
        <translation>Count the cash of %1 before closing the day.</translation>
    </message>
    <message>
        <source>Closing could not be recorded in the audit trail, so the day stays open.</source>
        <translation>Closing could not be recorded in the audit trail, so the day stays open.</translation>
    </message>
    <message>
        <source>The day %1 is not closed.</source>
        <translation>The day %1 is not closed.</translation>
    </message>
    <message>
        <source>The reopening could not be recorded in the audit trail, so the day stays closed.</source>
        <translation>The reopening could not be recorded in the audit trail, so the day stays closed.</translation>
    </message>
    <message>
        <source>Set the municipality&apos;s five-digit code and name (office/municipality_code, office/municipality_name).</source>
        <translation>Set the municipality&apos;s five-digit code and name (office/municipality_code, office/municipality_name).</translation>
    </message>
    <message>
        <source>Give a valid period.</source>
        <translation>Give a valid period.</translation>
    </message>
    <message>
        <source>The figures cannot be read from the central database.</source>
        <translation>The figures cannot be read from the central database.</translation>
    </message>
    <message>
        <source>Only a supervisor account opens supervisor mode.</source>
        <translation>Only a supervisor account opens supervisor mode.</translation>
    </message>
    <message>
        <source>The scanned QR code does not belong to certificate %1: its verification code differs. The paper may be forged or altered; keep it and tell a supervisor.</source>
        <translation>The scanned QR code does not belong to certificate %1: its verification code differs. The paper may be forged or altered; keep it and tell a supervisor.</translation>
    </message>
    <message>
        <source>The municipality code (office/municipality_code) must be five digits.</source>
        <translation>The municipality code (office/municipality_code) must be five digits.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so it is not written.</source>
        <translation>The export could not be recorded in the audit trail, so it is not written.</translation>
    </message>
    <message>
        <source>The alerts cannot be read from the central database.</source>
        <translation>The alerts cannot be read from the central database.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The central database cannot be reached. Visits are kept on this terminal and will be sent later.</source>
        <translation>The central database cannot be reached. Visits are kept on this terminal and will be sent later.</translation>
    </message>
    <message>
        <source>This terminal&apos;s audit trail does not match the centre&apos;s copy. Nothing more is sent; the supervisor has been alerted.</source>
        <translation>This terminal&apos;s audit trail does not match the centre&apos;s copy. Nothing more is sent; the supervisor has been alerted.</translation>
    </message>
    <message numerus="yes">
        <source>the central database refused %n record(s); they are kept and tried again</source>
        <translation>
            <numerusform>the central database refused %n record; they are kept and tried again</numerusform>
            <numerusform>the central database refused %n records; they are kept and tried again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused again and again were set aside on this terminal (madoguchi-cli sync set-aside); the supervisor is alerted</source>
        <translation>
            <numerusform>%n record refused again and again were set aside on this terminal (madoguchi-cli sync set-aside); the supervisor is alerted</numerusform>
            <numerusform>%n records refused again and again were set aside on this terminal (madoguchi-cli sync set-aside); the supervisor is alerted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ from what the central database already holds and were not sent; the supervisor is alerted</source>
        <translation>
            <numerusform>%n record differ from what the central database already holds and were not sent; the supervisor is alerted</numerusform>
            <numerusform>%n records differ from what the central database already holds and were not sent; the supervisor is alerted</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre knows another terminal under this terminal&apos;s id. Nothing is sent; the supervisor has been alerted. Ask IT staff to check that the terminal id (terminal/id) is unique, or to re-enrol a reinstalled terminal (madoguchi-cli central re-enrol-terminal).</source>
        <translation>The centre knows another terminal under this terminal&apos;s id. Nothing is sent; the supervisor has been alerted. Ask IT staff to check that the terminal id (terminal/id) is unique, or to re-enrol a reinstalled terminal (madoguchi-cli central re-enrol-terminal).</translation>
    </message>
</context>
</TS>
