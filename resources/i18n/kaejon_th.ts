<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ComingLaterPage</name>
    <message>
        <location filename="../../ui/pages/partners.py" line="83"/>
        <location filename="../../ui/pages/placeholders.py" line="22"/>
        <source>Not available in this version yet</source>
        <translation>ยังไม่มีในรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="29"/>
        <source>Here you will assign help to households, send referrals to partner agencies in numbered batches and track each referral to its end. This arrives in a later update; the demo data already holds interventions that will appear here.</source>
        <translation>หน้านี้ใช้กำหนดการช่วยเหลือให้ครัวเรือน ส่งต่อหน่วยงานภาคีเป็นชุดพร้อมเลขที่หนังสือ และติดตามการส่งต่อแต่ละรายการจนเสร็จสิ้น จะเปิดใช้ในรุ่นต่อไป ข้อมูลตัวอย่างมีรายการช่วยเหลือที่จะแสดงในหน้านี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="38"/>
        <source>Here you will print verification forms, referral letters and village registers, and make the Excel return for the province. This arrives in a later update.</source>
        <translation>หน้านี้ใช้พิมพ์แบบสอบทาน หนังสือส่งต่อ และทะเบียนครัวเรือนรายหมู่บ้าน และจัดทำรายงาน Excel ส่งจังหวัด จะเปิดใช้ในรุ่นต่อไป</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="44"/>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="47"/>
        <source>Something went wrong inside KaeJon Desk. Your saved data is safe: every change is saved whole or not at all. Please copy the details below and send them to whoever supports the program, with what you were doing.</source>
        <translation>โปรแกรมแก้จนเดสก์ทำงานผิดพลาด ข้อมูลที่บันทึกแล้วยังปลอดภัย เพราะทุกการแก้ไขจะบันทึกครบทั้งหมดหรือไม่บันทึกเลย กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลโปรแกรม พร้อมบอกว่ากำลังทำอะไรอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="58"/>
        <source>Copy details</source>
        <translation>คัดลอกรายละเอียด</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Welcome to KaeJon Desk</source>
        <translation>ยินดีต้อนรับสู่แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Set up the database of your district office. You can change the names later in Settings.</source>
        <translation>ตั้งค่าฐานข้อมูลของสำนักงานอำเภอ ชื่อต่าง ๆ แก้ไขภายหลังได้ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="67"/>
        <source>e.g. นายสมชาย ใจดี</source>
        <translation>เช่น นายสมชาย ใจดี</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="71"/>
        <source>e.g. พัฒนาการอำเภอ</source>
        <translation>เช่น พัฒนาการอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="74"/>
        <source>Change…</source>
        <translation>เปลี่ยน…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>Add 2,000 synthetic demo households to try the program</source>
        <translation>เพิ่มครัวเรือนตัวอย่าง (สังเคราะห์) 2,000 ครัวเรือน เพื่อทดลองใช้โปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="84"/>
        <source>Office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>District chief (signs letters)</source>
        <translation>นายอำเภอ (ผู้ลงนามหนังสือ)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Chief&apos;s position</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="87"/>
        <source>Responsible officer</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="88"/>
        <source>Officer&apos;s position</source>
        <translation>ตำแหน่งเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95"/>
        <source>Create database</source>
        <translation>สร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>Open an existing database…</source>
        <translation>เปิดฐานข้อมูลที่มีอยู่…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="136"/>
        <location filename="../../ui/pages/settings.py" line="104"/>
        <source>KaeJon database (*.db)</source>
        <translation>ฐานข้อมูลแก้จนเดสก์ (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="147"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="148"/>
        <source>KaeJon database (*.db);;All files (*)</source>
        <translation>ฐานข้อมูลแก้จนเดสก์ (*.db);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="58"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="59"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="60"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="61"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="62"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="63"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="64"/>
        <source>Failed dimensions</source>
        <translation>มิติที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="65"/>
        <source>Verification</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="66"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="67"/>
        <source>Last visit</source>
        <translation>เยี่ยมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="68"/>
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="188"/>
        <source>Search by name, national ID, house code or house number</source>
        <translation>ค้นหาด้วยชื่อ เลขประจำตัวประชาชน รหัสบ้าน หรือบ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="199"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="200"/>
        <source>All verification statuses</source>
        <translation>ทุกสถานะการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="201"/>
        <source>All help statuses</source>
        <translation>ทุกสถานะการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="202"/>
        <source>All levels</source>
        <translation>ทุกระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="203"/>
        <source>All dimensions</source>
        <translation>ทุกมิติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="204"/>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="205"/>
        <source>All lists</source>
        <translation>ทุกบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="206"/>
        <source>Help overdue</source>
        <translation>เลยกำหนดช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="207"/>
        <source>Only households with help planned before today and not done yet</source>
        <translation>เฉพาะครัวเรือนที่มีการช่วยเหลือกำหนดไว้ก่อนวันนี้แต่ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="323"/>
        <source>{count} households</source>
        <translation>{count} ครัวเรือน</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="142"/>
        <source>Header row</source>
        <translation>แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="147"/>
        <source>Blank row: not data</source>
        <translation>แถวว่าง: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="148"/>
        <source>Total row: not data</source>
        <translation>แถวยอดรวม: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="149"/>
        <source>Note: not data</source>
        <translation>หมายเหตุ: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="150"/>
        <source>Column numbers: not data</source>
        <translation>แถวเลขลำดับคอลัมน์: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="151"/>
        <source>The header repeated: not data</source>
        <translation>หัวตารางซ้ำ: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="186"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="187"/>
        <source>Header in the file</source>
        <translation>หัวคอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="188"/>
        <source>Sample values</source>
        <translation>ตัวอย่างข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="189"/>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="251"/>
        <source>(no header)</source>
        <translation>(ไม่มีหัวคอลัมน์)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="289"/>
        <source>— not imported —</source>
        <translation>— ไม่นำเข้า —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="410"/>
        <location filename="../../ui/pages/import_page.py" line="88"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="421"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="421"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="78"/>
        <source>Detect from the file</source>
        <translation>ตรวจจากไฟล์ (อัตโนมัติ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="81"/>
        <source>JPT (basic minimum needs survey)</source>
        <translation>จปฐ. (ข้อมูลความจำเป็นพื้นฐาน)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="83"/>
        <source>Local list</source>
        <translation>รายชื่อของหน่วยงานในพื้นที่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="188"/>
        <source>Import a household list from TPMAP, ThaiQM, JPT or your own Excel or CSV file. Nothing is saved until you press Import in the last step, and an import can be undone afterwards.</source>
        <translation>นำเข้ารายชื่อครัวเรือนจาก TPMAP, ThaiQM, จปฐ. หรือไฟล์ Excel หรือ CSV ของหน่วยงานเอง โปรแกรมจะยังไม่บันทึกอะไรจนกว่าจะกด “นำเข้า” ในขั้นสุดท้าย และยกเลิกการนำเข้าภายหลังได้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="199"/>
        <location filename="../../ui/import_wizard/steps.py" line="245"/>
        <source>No file chosen yet</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="204"/>
        <source>Drag an Excel (.xlsx, .xls), .ods or .csv file onto this page, or</source>
        <translation>ลากไฟล์ Excel (.xlsx, .xls), .ods หรือ .csv มาวางที่หน้านี้ หรือ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="207"/>
        <location filename="../../ui/import_wizard/steps.py" line="247"/>
        <source>&amp;Choose a file…</source>
        <translation>เลือกไฟล์…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="233"/>
        <source>&amp;Source of the list</source>
        <translation>ระบบต้นทางของรายชื่อ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="235"/>
        <source>List &amp;year (B.E.)</source>
        <translation>ปีของรายชื่อ (พ.ศ.)(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="250"/>
        <source>in {folder}</source>
        <translation>ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="252"/>
        <source>&amp;Choose another file…</source>
        <translation>เลือกไฟล์อื่น…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="277"/>
        <source>Check that the right sheet is chosen and that the highlighted row is the row of column headers. Grey rows (blank rows, totals, notes) are not read as data. Double-click a row to make it the header.</source>
        <translation>ตรวจว่าเลือกแผ่นงานถูกต้อง และแถวที่ระบายสีฟ้าคือแถวหัวคอลัมน์ แถวตัวอักษรสีเทา (แถวว่าง ยอดรวม หมายเหตุ) จะไม่ถูกอ่านเป็นข้อมูล ดับเบิลคลิกที่แถวใดเพื่อใช้แถวนั้นเป็นหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="287"/>
        <source>S&amp;heet</source>
        <translation>แผ่นงาน(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="292"/>
        <source>Header &amp;row</source>
        <translation>แถวหัวตาราง(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="297"/>
        <source>Header rows</source>
        <translation>จำนวนแถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="299"/>
        <source>&amp;Find the header again</source>
        <translation>หาหัวตารางอัตโนมัติ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="363"/>
        <source>found by the program</source>
        <translation>โปรแกรมหาให้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="364"/>
        <source>set by you</source>
        <translation>คุณกำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="365"/>
        <source>Header: row {rows} ({how}). Data rows: {data:,}; rows that are not data: {skipped:,}.</source>
        <translation>หัวตาราง: แถวที่ {rows} ({how}) · แถวข้อมูล {data:,} แถว · แถวที่ไม่ใช่ข้อมูล {skipped:,} แถว</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="414"/>
        <source>{name} (empty)</source>
        <translation>{name} (ว่าง)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="416"/>
        <source>{name} ({rows:,} rows, hidden)</source>
        <translation>{name} ({rows:,} แถว, ซ่อนอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="418"/>
        <source>{name} ({rows:,} rows)</source>
        <translation>{name} ({rows:,} แถว)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="457"/>
        <source>Check what each column of the file is imported as. Columns were matched from their headers; change any that are wrong, and choose “— not imported —” for columns you do not need.</source>
        <translation>ตรวจว่าแต่ละคอลัมน์ของไฟล์จะนำเข้าเป็นข้อมูลอะไร โปรแกรมจับคู่จากหัวคอลัมน์ให้แล้ว แก้คอลัมน์ที่ไม่ถูกต้อง และเลือก “— ไม่นำเข้า —” สำหรับคอลัมน์ที่ไม่ต้องการ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="464"/>
        <source>&amp;Match from the headers again</source>
        <translation>จับคู่จากหัวคอลัมน์ใหม่(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="496"/>
        <source>Source: {source}.</source>
        <translation>ระบบต้นทาง: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="498"/>
        <source>The mapping saved when {name} was imported is used again.</source>
        <translation>ใช้การจับคู่คอลัมน์ที่บันทึกไว้ตอนนำเข้า {name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="530"/>
        <source>Data rows read</source>
        <translation>แถวที่อ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="531"/>
        <source>New people</source>
        <translation>คนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="532"/>
        <source>People with changes</source>
        <translation>คนที่ข้อมูลเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="533"/>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="534"/>
        <source>Not imported</source>
        <translation>ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="535"/>
        <source>To review</source>
        <translation>รอตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="536"/>
        <source>New households</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="537"/>
        <source>Households with changes</source>
        <translation>ครัวเรือนที่เปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="538"/>
        <source>Households gone from the list</source>
        <translation>ครัวเรือนที่หายไป</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="556"/>
        <source>Dimensions newly failed</source>
        <translation>มิติที่ตกเกณฑ์เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="558"/>
        <source>On the {source} list</source>
        <translation>อยู่ในรายชื่อ {source}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="581"/>
        <source>Tick all</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="582"/>
        <source>Untick all</source>
        <translation>ไม่เลือกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="607"/>
        <source>This is what the import would do; nothing has been saved yet. Untick the people you do not want to import.</source>
        <translation>นี่คือสิ่งที่การนำเข้าจะทำ ยังไม่มีการบันทึกใด ๆ เอาเครื่องหมายถูกออกจากคนที่ไม่ต้องการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="616"/>
        <location filename="../../ui/import_wizard/steps.py" line="627"/>
        <location filename="../../ui/import_wizard/steps.py" line="641"/>
        <location filename="../../ui/pages/import_page.py" line="337"/>
        <source>Row</source>
        <translation>แถวที่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="617"/>
        <location filename="../../ui/import_wizard/steps.py" line="642"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="618"/>
        <location filename="../../ui/import_wizard/steps.py" line="643"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="619"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="623"/>
        <location filename="../../ui/import_wizard/steps.py" line="628"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="624"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="629"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="630"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="631"/>
        <source>Now</source>
        <translation>ค่าปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="632"/>
        <source>After the import</source>
        <translation>หลังนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="635"/>
        <source>Household no.</source>
        <translation>เลขครัวเรือนในโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="637"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="638"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="644"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="648"/>
        <source>Why it needs checking</source>
        <translation>เหตุที่ต้องตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="654"/>
        <source>People who are not in the database yet. Untick a row to leave it out (space bar on the selected row).</source>
        <translation>คนที่ยังไม่มีในฐานข้อมูล เอาเครื่องหมายถูกออกเพื่อไม่นำเข้าแถวนั้น (กด Space ที่แถวที่เลือกอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="657"/>
        <source>Values that change on households and people already in the database, old → new. Untick a row to keep what the database has.</source>
        <translation>ค่าที่จะเปลี่ยนของครัวเรือนและบุคคลที่มีอยู่แล้ว (ค่าปัจจุบัน → หลังนำเข้า) เอาเครื่องหมายถูกออกเพื่อคงค่าเดิมไว้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="660"/>
        <source>Households an earlier list from the same source had and this file does not. They are flagged for follow-up, never deleted.</source>
        <translation>ครัวเรือนที่มีในรายชื่อครั้งก่อนจากระบบเดียวกัน แต่ไม่มีในไฟล์นี้ จะถูกทำเครื่องหมายไว้เพื่อติดตาม ไม่ถูกลบ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="663"/>
        <source>Rows that will not be imported, with the row number as Excel shows it and the reason. Save them as Excel to fix and import again.</source>
        <translation>แถวที่จะไม่นำเข้า พร้อมเลขแถวตามที่ Excel แสดงและเหตุผล บันทึกเป็น Excel เพื่อแก้ไขแล้วนำเข้าใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="667"/>
        <source>Households that may be the same as ones in the database. They are not merged: check them by hand.</source>
        <translation>ครัวเรือนที่อาจเป็นครัวเรือนเดียวกับที่มีในฐานข้อมูล โปรแกรมจะไม่รวมให้เอง กรุณาตรวจสอบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="814"/>
        <source>What this import added has been removed and the values it changed are back as they were.</source>
        <translation>ลบสิ่งที่การนำเข้านี้เพิ่มออกแล้ว และค่าที่เปลี่ยนไปได้กลับเป็นค่าเดิมแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="818"/>
        <source>Removed {households} households and {members} people; put back {restored} values.</source>
        <translation>ลบ {households} ครัวเรือน {members} คน และคืนค่าเดิม {restored} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="651"/>
        <source>Save the rows not imported as E&amp;xcel…</source>
        <translation>บันทึกรายการที่ไม่นำเข้าเป็น Excel…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="683"/>
        <source>joins {household}</source>
        <translation>เพิ่มในครัวเรือนของ {household}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="705"/>
        <source>New ({n:,})</source>
        <translation>ใหม่ ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="706"/>
        <source>Changed ({n:,})</source>
        <translation>เปลี่ยนแปลง ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="707"/>
        <source>Gone ({n:,})</source>
        <translation>หายไป ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="708"/>
        <source>Not imported ({n:,})</source>
        <translation>ไม่นำเข้า ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="709"/>
        <source>To review ({n:,})</source>
        <translation>รอตรวจสอบ ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="724"/>
        <source>Rows you unticked: {n:,}.</source>
        <translation>แถวที่คุณไม่เลือก: {n:,} แถว</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="743"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="744"/>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="745"/>
        <source>Source</source>
        <translation>ระบบต้นทาง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="746"/>
        <source>List year</source>
        <translation>ปีของรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="747"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="748"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="749"/>
        <source>Left out</source>
        <translation>ไม่นำเข้าตามที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="756"/>
        <source>Everything is saved in one go: if anything goes wrong on the way, nothing changes. You can undo this import afterwards.</source>
        <translation>ทุกอย่างบันทึกพร้อมกันในครั้งเดียว หากเกิดปัญหาระหว่างทาง ฐานข้อมูลจะไม่เปลี่ยนเลย และยกเลิกการนำเข้านี้ภายหลังได้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="760"/>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="776"/>
        <source>Import &amp;another file</source>
        <translation>นำเข้าไฟล์อื่น(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="777"/>
        <source>&amp;Undo this import</source>
        <translation>ยกเลิกการนำเข้านี้(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="804"/>
        <source>Saved as import number {id}.</source>
        <translation>บันทึกแล้ว เป็นการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="812"/>
        <source>Import number {id} has been undone.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="46"/>
        <source>Choose a household list</source>
        <translation>เลือกไฟล์รายชื่อครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="47"/>
        <source>Spreadsheets and CSV ({patterns});;All files (*)</source>
        <translation>ไฟล์ตารางคำนวณและ CSV ({patterns});;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="55"/>
        <source>Save the rows not imported</source>
        <translation>บันทึกรายการที่ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="56"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="84"/>
        <source>Choose the file</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="85"/>
        <source>Sheet and header</source>
        <translation>แผ่นงานและหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="87"/>
        <source>Check</source>
        <translation>ตรวจดูก่อนนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="86"/>
        <source>Match the columns</source>
        <translation>จับคู่คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="103"/>
        <source>Start &amp;over</source>
        <translation>เริ่มใหม่(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="104"/>
        <source>« &amp;Back</source>
        <translation>« ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="105"/>
        <source>&amp;Next »</source>
        <translation>ถัดไป(&amp;N) »</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="285"/>
        <source>Reading {name}…</source>
        <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="318"/>
        <source>Checking {rows:,} rows…</source>
        <translation>กำลังตรวจ {rows:,} แถว…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="326"/>
        <source>{stem} - not imported.xlsx</source>
        <translation>{stem} - ไม่นำเข้า.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="338"/>
        <source>Reason not imported</source>
        <translation>เหตุผลที่ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="345"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="346"/>
        <source>{n:,} rows not imported were saved to {path}.</source>
        <translation>บันทึกรายการที่ไม่นำเข้า {n:,} แถวไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="361"/>
        <source>{sheet}, header on row {row}</source>
        <translation>{sheet} (หัวตารางแถวที่ {row})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="365"/>
        <source>{new:,} new, {updated:,} with changes, {unchanged:,} unchanged, {rejected:,} not imported, {review:,} to review</source>
        <translation>ใหม่ {new:,} คน · ข้อมูลเปลี่ยน {updated:,} คน · ไม่เปลี่ยนแปลง {unchanged:,} คน · ไม่นำเข้า {rejected:,} แถว · รอตรวจสอบ {review:,} แถว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="371"/>
        <source>{new:,} new, {updated:,} with changes, {gone:,} gone from the list</source>
        <translation>ใหม่ {new:,} ครัวเรือน · เปลี่ยนแปลง {updated:,} ครัวเรือน · หายไปจากรายชื่อ {gone:,} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="376"/>
        <source>{n:,} rows you unticked</source>
        <translation>{n:,} แถวที่คุณไม่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="377"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="401"/>
        <source>Importing {rows:,} rows…</source>
        <translation>กำลังนำเข้า {rows:,} แถว…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="409"/>
        <source>Undo import number {id}? The households and people it added are removed and the values it changed are put back.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} หรือไม่? ครัวเรือนและบุคคลที่การนำเข้านี้เพิ่มจะถูกลบ และค่าที่เปลี่ยนไปจะกลับเป็นค่าเดิม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="425"/>
        <source>Undoing the import…</source>
        <translation>กำลังยกเลิกการนำเข้า…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>KaeJon Desk</source>
        <translation>แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>DEMO DATA (synthetic, not real people)</source>
        <translation>ข้อมูลตัวอย่าง (สังเคราะห์ ไม่ใช่บุคคลจริง)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Back up the database…</source>
        <translation>สำรองฐานข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>About KaeJon Desk</source>
        <translation>เกี่ยวกับแก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>User: {name}</source>
        <translation>ผู้ใช้: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>{households} households · {members} members</source>
        <translation>{households} ครัวเรือน · {members} คน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>KaeJon Desk {version}
Household poverty case work for district offices.
Font: Sarabun (SIL Open Font License). Area codes: thailand-geography-json (MIT).</source>
        <translation>แก้จนเดสก์ รุ่น {version}
ระบบติดตามการแก้ไขปัญหาความยากจนรายครัวเรือนสำหรับอำเภอ
แบบอักษร: Sarabun (SIL Open Font License) รหัสพื้นที่: thailand-geography-json (MIT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="184"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="21"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="69"/>
        <source>Partner agencies</source>
        <translation>หน่วยงานภาคี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="70"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="29"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="38"/>
        <location filename="../../ui/pages/reports.py" line="421"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="29"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/operations.py" line="75"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="25"/>
        <source>Households on the lists</source>
        <translation>ครัวเรือนในบัญชีทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="26"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="27"/>
        <source>Waiting for verification</source>
        <translation>รอสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="28"/>
        <source>Confirmed targets</source>
        <translation>ยืนยันเป็นครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="29"/>
        <source>Help in progress</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="30"/>
        <source>Helped or self-resolved</source>
        <translation>ช่วยเหลือแล้ว/แก้ไขได้ด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="31"/>
        <source>Out of poverty</source>
        <translation>พ้นความยากจน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="32"/>
        <source>Confirmed, no help yet</source>
        <translation>เป้าหมายที่ยังไม่ได้รับการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="41"/>
        <source>Charts</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="42"/>
        <source>Charts per subdistrict, dimension and agency, with click-through to the households, arrive with the dashboard update.</source>
        <translation>แผนภูมิรายตำบล รายมิติ และรายหน่วยงาน ที่คลิกแล้วเปิดรายชื่อครัวเรือนได้ จะมาพร้อมรุ่นที่มีหน้าภาพรวมเต็มรูปแบบ</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../ui/pages/partners.py" line="32"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="33"/>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="34"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="35"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="36"/>
        <source>Kinds of help</source>
        <translation>จำนวนประเภทการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="84"/>
        <source>Adding and editing agencies, their contacts and the kinds of help they offer arrives with the interventions update.</source>
        <translation>การเพิ่มและแก้ไขหน่วยงาน ผู้ประสานงาน และประเภทการช่วยเหลือที่แต่ละหน่วยงานให้ได้ จะมาพร้อมรุ่นที่มีการช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="59"/>
        <source>Choose the folder for the villages&apos; PDF files</source>
        <translation>เลือกโฟลเดอร์สำหรับไฟล์ PDF ของแต่ละหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="66"/>
        <source>Save the document</source>
        <translation>บันทึกเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="67"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="114"/>
        <source>Verification forms (a village)</source>
        <translation>แบบสอบทานข้อมูลครัวเรือน (รายหมู่บ้าน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="116"/>
        <source>Village register</source>
        <translation>ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="117"/>
        <source>Referral letter (a batch)</source>
        <translation>หนังสือส่งต่อ (รายชุดส่งต่อ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="118"/>
        <source>Case summary (a household)</source>
        <translation>สรุปข้อมูลรายครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="123"/>
        <source>Name, national ID or house code, then Enter</source>
        <translation>ชื่อ เลขประจำตัวประชาชน หรือรหัสบ้าน แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="135"/>
        <source>Print full national IDs</source>
        <translation>พิมพ์เลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="136"/>
        <source>IDs are masked (3-XXXX-XXXXX-XX-1) unless the full number is needed. Printed personal data is covered by the PDPA.</source>
        <translation>เลขประจำตัวประชาชนจะถูกปิดบัง (3-XXXX-XXXXX-XX-1) เว้นแต่จำเป็นต้องใช้เลขเต็ม ข้อมูลส่วนบุคคลที่พิมพ์ออกไปอยู่ภายใต้ พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="139"/>
        <source>Thai digits (๑๒๓)</source>
        <translation>ใช้เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="141"/>
        <source>&amp;Make document</source>
        <translation>&amp;สร้างเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="143"/>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="144"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="145"/>
        <source>Every village to a &amp;folder (one PDF each)…</source>
        <translation>ทุกหมู่บ้าน&amp;ลงโฟลเดอร์ (หมู่บ้านละหนึ่งไฟล์)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="147"/>
        <source>Makes this document for every village in the list and saves one PDF file per village in the folder you choose.</source>
        <translation>สร้างเอกสารนี้ให้ทุกหมู่บ้านในรายการ และบันทึกเป็นไฟล์ PDF หมู่บ้านละหนึ่งไฟล์ในโฟลเดอร์ที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="152"/>
        <source>Choose a document and press Make.</source>
        <translation>เลือกเอกสาร แล้วกดสร้างเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="156"/>
        <source>&amp;Document</source>
        <translation>&amp;เอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="237"/>
        <source>{count} households found.</source>
        <translation>พบ {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="245"/>
        <source>&amp;Village</source>
        <translation>&amp;หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="246"/>
        <source>&amp;Batch</source>
        <translation>&amp;ชุดส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="247"/>
        <source>&amp;Household</source>
        <translation>&amp;ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="277"/>
        <source>Choose the village, batch or household to print first.</source>
        <translation>โปรดเลือกหมู่บ้าน ชุดส่งต่อ หรือครัวเรือนที่จะพิมพ์ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="283"/>
        <location filename="../../ui/pages/reports.py" line="286"/>
        <source>Making the document…</source>
        <translation>กำลังสร้างเอกสาร…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="303"/>
        <source>{title}: {pages} pages.</source>
        <translation>{title}: {pages} หน้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="316"/>
        <source>Stopped; the files already saved are complete.</source>
        <translation>หยุดแล้ว ไฟล์ที่บันทึกไปแล้วครบถ้วนสมบูรณ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="319"/>
        <source>Cancelled; nothing was made.</source>
        <translation>ยกเลิกแล้ว ไม่ได้สร้างเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="333"/>
        <source>There are no villages.</source>
        <translation>ไม่มีหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="344"/>
        <source>Making one PDF per village…</source>
        <translation>กำลังสร้างไฟล์ PDF รายหมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="352"/>
        <source>Saved {files} files ({pages} pages) in {folder}.</source>
        <translation>บันทึก {files} ไฟล์ ({pages} หน้า) ลงใน {folder} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="374"/>
        <source>Saved as {path}.</source>
        <translation>บันทึกเป็น {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="389"/>
        <source>The printer could not be opened. Check it and try again.</source>
        <translation>เปิดเครื่องพิมพ์ไม่ได้ โปรดตรวจสอบเครื่องพิมพ์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="392"/>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="393"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="413"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>ส่งไปยังเครื่องพิมพ์แล้ว {pages} หน้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="424"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="31"/>
        <source>Program</source>
        <translation>โปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="41"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>Office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52"/>
        <source>District chief</source>
        <translation>นายอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53"/>
        <source>Responsible officer</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>{district} district, {province} province ({code})</source>
        <translation>อำเภอ{district} จังหวัด{province} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>The new language applies the next time you open the program.</source>
        <translation>ภาษาใหม่จะใช้เมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="103"/>
        <source>Back up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114"/>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="116"/>
        <source>Backup written to {path}.</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli.py" line="108"/>
        <source>Created the office database {db} for {office}.</source>
        <translation>สร้างฐานข้อมูล {db} ของ{office} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="136"/>
        <source>Added {households} households ({members} members) in {seconds:.1f} s to {db}.</source>
        <translation>เพิ่ม {households} ครัวเรือน (สมาชิก {members} คน) ใน {seconds:.1f} วินาที ลงใน {db} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="160"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="161"/>
        <source>Schema version</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="162"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="163"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="164"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="165"/>
        <source>Villages with households</source>
        <translation>หมู่บ้านที่มีครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="166"/>
        <source>Visits</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="167"/>
        <source>Interventions</source>
        <translation>รายการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="168"/>
        <source>Partner agencies</source>
        <translation>หน่วยงานภาคี</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="169"/>
        <source>Import batches</source>
        <translation>ครั้งที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="170"/>
        <source>History entries</source>
        <translation>รายการประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="181"/>
        <source>Backup written to {path}.</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="189"/>
        <source>Restored from {source}.</source>
        <translation>คืนค่าข้อมูลจาก {source} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="191"/>
        <source>The replaced database was kept as {path}.</source>
        <translation>เก็บฐานข้อมูลเดิมไว้ที่ {path}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="223"/>
        <source>Data rows read</source>
        <translation>แถวข้อมูลที่อ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="224"/>
        <source>New people</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="225"/>
        <source>Updated people</source>
        <translation>บุคคลที่ปรับปรุงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="226"/>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="227"/>
        <source>Rejected</source>
        <translation>ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="228"/>
        <source>To review</source>
        <translation>รอตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="229"/>
        <source>New households</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="230"/>
        <source>Updated households</source>
        <translation>ครัวเรือนที่ปรับปรุงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="231"/>
        <source>Households no longer on the list</source>
        <translation>ครัวเรือนที่ไม่อยู่ในบัญชีแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="236"/>
        <source>Row {row}: {reason}</source>
        <translation>แถวที่ {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="238"/>
        <source>Dry run: nothing was written.</source>
        <translation>ทดลองนำเข้า: ยังไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="240"/>
        <source>Saved as import number {id}.</source>
        <translation>บันทึกแล้ว เป็นการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="256"/>
        <source>Import number {id} undone: {households} households and {members} people removed, {restored} values restored.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} แล้ว: ลบ {households} ครัวเรือน {members} คน คืนค่าเดิม {restored} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="279"/>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>เขียนเอกสาร {pages} หน้าลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="306"/>
        <source>kaejon: cancelled; nothing was changed.</source>
        <translation>kaejon: ยกเลิกแล้ว ไม่มีข้อมูลใดถูกเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../core/documents.py" line="679"/>
        <source>Verification</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="680"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="681"/>
        <source>Stage</source>
        <translation>ขั้นการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="697"/>
        <source>added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="697"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="698"/>
        <source>removed</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="700"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="701"/>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="772"/>
        <source>{code}  {village}, {subdistrict} ({count} households)</source>
        <translation>{code}  {village} ต.{subdistrict} ({count} ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="788"/>
        <source>{number}  {partner}, {date} ({count} referrals)</source>
        <translation>{number}  {partner} {date} ({count} รายการ)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../core/backup.py" line="21"/>
        <source>Backup and restore here work on SQLite database files. For a PostgreSQL server use pg_dump -Fc DATABASE &gt; FILE and pg_restore -d DATABASE FILE.</source>
        <translation>คำสั่งสำรองและคืนค่าข้อมูลนี้ใช้กับไฟล์ฐานข้อมูล SQLite สำหรับเซิร์ฟเวอร์ PostgreSQL ให้ใช้ pg_dump -Fc DATABASE &gt; FILE และ pg_restore -d DATABASE FILE</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="44"/>
        <location filename="../../core/backup.py" line="103"/>
        <source>The backup file must not be the database itself.</source>
        <translation>ไฟล์สำรองต้องไม่ใช่ไฟล์ฐานข้อมูลเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="39"/>
        <location filename="../../core/backup.py" line="62"/>
        <location filename="../../core/errors.py" line="110"/>
        <source>The file {name} does not exist.</source>
        <translation>ไม่พบไฟล์ {name}</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="75"/>
        <location filename="../../core/backup.py" line="79"/>
        <source>{name} is not a KaeJon Desk database or is damaged. Choose another file.</source>
        <translation>{name} ไม่ใช่ฐานข้อมูลแก้จนเดสก์หรือไฟล์เสียหาย กรุณาเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="83"/>
        <source>{name} was made by a newer version of KaeJon Desk. Install the newer version to restore it.</source>
        <translation>{name} สร้างจากแก้จนเดสก์รุ่นที่ใหม่กว่า กรุณาติดตั้งรุ่นใหม่ก่อนคืนค่าข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/reference.py" line="77"/>
        <source>Unknown district code {code}: give the 4-digit DOPA code, e.g. 5201.</source>
        <translation>ไม่พบรหัสอำเภอ {code} กรุณาใส่รหัสอำเภอ 4 หลักของกรมการปกครอง เช่น 5201</translation>
    </message>
    <message>
        <location filename="../../core/demo.py" line="200"/>
        <location filename="../../ui/cli.py" line="121"/>
        <source>The number of households cannot be negative.</source>
        <translation>จำนวนครัวเรือนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="110"/>
        <source>The database file {path} does not exist. Create it with the init or demo command, or choose another file.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path} สร้างด้วยคำสั่ง init หรือ demo หรือเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="118"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="43"/>
        <source>The database {target} was made by a newer version of KaeJon Desk (schema {revision}). Install the newer version to open it.</source>
        <translation>ฐานข้อมูล {target} สร้างจากแก้จนเดสก์รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {revision}) กรุณาติดตั้งรุ่นใหม่ก่อนเปิดใช้</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="51"/>
        <source>{target} is not a KaeJon Desk database. Choose the right file.</source>
        <translation>{target} ไม่ใช่ฐานข้อมูลแก้จนเดสก์ กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="58"/>
        <source>Someone else saved this record while you were editing it. Reopen it to see their changes, then make yours again.</source>
        <translation>มีผู้อื่นบันทึกข้อมูลนี้ขณะที่คุณกำลังแก้ไข กรุณาเปิดใหม่เพื่อดูสิ่งที่เขาแก้ แล้วแก้ไขของคุณอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="65"/>
        <source>{target} is neither a database file nor a database address this program can use (for example postgresql+psycopg://user@server/name).</source>
        <translation>{target} ไม่ใช่ไฟล์ฐานข้อมูลหรือที่อยู่ฐานข้อมูลที่โปรแกรมนี้ใช้ได้ (ตัวอย่าง postgresql+psycopg://user@server/name)</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="81"/>
        <source>The database {target} is busy or locked by another program. Try again in a moment.</source>
        <translation>ฐานข้อมูล {target} กำลังถูกใช้หรือถูกล็อกโดยโปรแกรมอื่น กรุณาลองใหม่อีกครู่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="84"/>
        <source>{target} is not a KaeJon Desk database or is damaged. Choose the right file.</source>
        <translation>{target} ไม่ใช่ฐานข้อมูลแก้จนเดสก์หรือไฟล์เสียหาย กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="87"/>
        <location filename="../../core/errors.py" line="105"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>พื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="89"/>
        <source>Cannot open or write the database {target}. Check the folder and its permissions.</source>
        <translation>เปิดหรือเขียนฐานข้อมูล {target} ไม่ได้ กรุณาตรวจสอบโฟลเดอร์และสิทธิ์การเข้าถึง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="92"/>
        <source>Cannot connect to the database server {target}. Check the address and the network.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {target} ไม่ได้ กรุณาตรวจสอบที่อยู่และเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="95"/>
        <source>The disk or network drive holding {target} could not be read or written. Check the drive and try again.</source>
        <translation>อ่านหรือเขียนดิสก์หรือไดรฟ์เครือข่ายที่เก็บ {target} ไม่ได้ กรุณาตรวจสอบไดรฟ์แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="107"/>
        <source>Permission denied for {name}. Choose another folder or ask your administrator.</source>
        <translation>ไม่มีสิทธิ์เข้าถึง {name} กรุณาเลือกโฟลเดอร์อื่นหรือติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="112"/>
        <source>Cannot use the file {name}: {detail}</source>
        <translation>ใช้ไฟล์ {name} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/office.py" line="42"/>
        <source>This database already belongs to an office; it cannot be set up again.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าให้หน่วยงานแล้ว ตั้งค่าซ้ำไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/demo.py" line="210"/>
        <source>This database belongs to district {office}, not {code}.</source>
        <translation>ฐานข้อมูลนี้เป็นของอำเภอรหัส {office} ไม่ใช่ {code}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="202"/>
        <source>Give the list year in the Buddhist Era, e.g. 2567.</source>
        <translation>กรุณาระบุปีของบัญชีเป็นพุทธศักราช เช่น 2567</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="271"/>
        <source>Give --{option} for a {kind} document.</source>
        <translation>โปรดระบุ --{option} สำหรับเอกสาร {kind}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="353"/>
        <source>This database has no office profile yet. Set up the office first.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน โปรดตั้งค่าสำนักงานก่อน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="379"/>
        <source>There is no village with the code {code} in this database (give 8 digits CCAATTMM, e.g. 52010101).</source>
        <translation>ไม่มีหมู่บ้านรหัส {code} ในฐานข้อมูลนี้ (ระบุรหัส 8 หลัก CCAATTMM เช่น 52010101)</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="532"/>
        <source>There are no households to print.</source>
        <translation>ไม่มีครัวเรือนที่จะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="547"/>
        <source>The village {village} has no households.</source>
        <translation>{village} ไม่มีครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="585"/>
        <source>There is no referral batch {batch} (give its number or its id).</source>
        <translation>ไม่มีชุดส่งต่อ {batch} (ระบุเลขที่ส่งต่อหรือรหัสชุด)</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="627"/>
        <source>The referral batch {batch} holds no referrals.</source>
        <translation>ชุดส่งต่อ {batch} ไม่มีรายการส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="641"/>
        <source>There is no household with the id {id}.</source>
        <translation>ไม่มีครัวเรือนรหัส {id}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="723"/>
        <source>Give the household id as a number.</source>
        <translation>โปรดระบุรหัสครัวเรือนเป็นตัวเลข</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="732"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>ชื่อไฟล์ที่จะเขียนต้องลงท้ายด้วย .pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="735"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
</context>
<context>
    <name>households</name>
    <message>
        <location filename="../../core/households.py" line="273"/>
        <source>Moo {number} {name}</source>
        <translation>หมู่ {number} {name}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../core/importing/commit.py" line="448"/>
        <source>household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="449"/>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="450"/>
        <source>visit</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="451"/>
        <source>intervention</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="452"/>
        <source>list entry</source>
        <translation>รายการในบัญชี</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="453"/>
        <source>problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="454"/>
        <source>capital assessment</source>
        <translation>การประเมินทุน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="455"/>
        <source>status change</source>
        <translation>การเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="456"/>
        <source>attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="457"/>
        <source>village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="466"/>
        <source>There is no import number {id}.</source>
        <translation>ไม่มีการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="469"/>
        <source>Import number {id} has already been undone.</source>
        <translation>การนำเข้าครั้งที่ {id} ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="478"/>
        <source>Import number {id} cannot be undone: {n} later changes depend on it, e.g. {examples}.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} ไม่ได้ เพราะมีการแก้ไขภายหลังที่อาศัยข้อมูลชุดนี้ {n} รายการ เช่น {examples}</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="491"/>
        <source>import number {id} undone</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="298"/>
        <source>There is no field called {field}.</source>
        <extracomment>How each field&apos;s headers are recognised, in normalised form. Exact synonyms per field (normalised), as the mapping UI may list them.</extracomment>
        <translation>ไม่มีช่องข้อมูลชื่อ {field}</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="302"/>
        <source>{field} is chosen for {count} columns; choose it for one column only.</source>
        <translation>เลือก {field} ไว้ {count} คอลัมน์ กรุณาเลือกเพียงคอลัมน์เดียว</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="310"/>
        <source>No column is chosen for the national ID or the name; choose at least one.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชนหรือชื่อ กรุณาเลือกอย่างน้อยหนึ่งอย่าง</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="313"/>
        <source>Without a national ID column, people need a name and an address: choose the column of the house number or the house code.</source>
        <translation>เมื่อไม่มีคอลัมน์เลขประจำตัวประชาชน ต้องมีชื่อและที่อยู่ กรุณาเลือกคอลัมน์บ้านเลขที่หรือรหัสประจำบ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="333"/>
        <source>No column is chosen for the national ID: people and households can only be matched by name and address.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน จึงจับคู่บุคคลและครัวเรือนได้ด้วยชื่อและที่อยู่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="337"/>
        <source>A column is chosen for the last name but none for the first name.</source>
        <translation>เลือกคอลัมน์นามสกุลแล้ว แต่ยังไม่ได้เลือกคอลัมน์ชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="340"/>
        <source>No column is chosen for the house number or the house code: every row becomes a household of its own.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์บ้านเลขที่หรือรหัสประจำบ้าน ทุกแถวจะเป็นครัวเรือนแยกกัน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="345"/>
        <source>A house number without a village number or village name may join houses of different villages.</source>
        <translation>บ้านเลขที่โดยไม่มีหมู่ที่หรือชื่อหมู่บ้าน อาจรวมบ้านต่างหมู่บ้านเข้าด้วยกัน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="349"/>
        <source>Both a full name and a first name are chosen: the first and last name columns are used, the full name only where they are empty.</source>
        <translation>เลือกทั้งชื่อ-สกุลและชื่อ จะใช้คอลัมน์ชื่อและนามสกุลเป็นหลัก และใช้ชื่อ-สกุลเฉพาะแถวที่ว่าง</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="365"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="366"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="367"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="368"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="369"/>
        <source>Full name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="370"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="371"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="372"/>
        <source>House number</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="373"/>
        <source>Village number</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="374"/>
        <source>Village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="375"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="376"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="377"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="378"/>
        <source>House code</source>
        <translation>รหัสประจำบ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="379"/>
        <source>Relation to the head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="380"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="381"/>
        <source>Dimension: health</source>
        <translation>มิติสุขภาพ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="382"/>
        <source>Dimension: living conditions</source>
        <translation>มิติความเป็นอยู่</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="383"/>
        <source>Dimension: education</source>
        <translation>มิติการศึกษา</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="384"/>
        <source>Dimension: income</source>
        <translation>มิติรายได้</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="385"/>
        <source>Dimension: access to public services</source>
        <translation>มิติการเข้าถึงบริการรัฐ</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="133"/>
        <source>the ID was stored as a number in scientific notation and lost digits; format the column as text and export again</source>
        <extracomment>Invisible characters that creep in from web pages and Word: dropped outright.</extracomment>
        <translation>เลขประจำตัวประชาชนถูกเก็บเป็นตัวเลขแบบยกกำลังจนตัวเลขหาย กรุณาจัดรูปแบบคอลัมน์เป็นข้อความแล้วส่งออกใหม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="141"/>
        <source>the ID has {count} digits instead of 13</source>
        <translation>เลขประจำตัวประชาชนมี {count} หลัก แทนที่จะเป็น 13 หลัก</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="148"/>
        <source>the check digit of the ID is wrong (a typing mistake?)</source>
        <translation>เลขตรวจสอบของเลขประจำตัวประชาชนไม่ถูกต้อง (อาจพิมพ์ผิด)</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="165"/>
        <location filename="../../core/importing/normalize.py" line="167"/>
        <location filename="../../core/importing/normalize.py" line="172"/>
        <source>the cell does not hold a national ID</source>
        <translation>ช่องนี้ไม่ใช่เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="195"/>
        <source>the ID is masked; ask for the list with full IDs</source>
        <translation>เลขประจำตัวประชาชนถูกปิดบางหลัก กรุณาขอบัญชีที่มีเลขเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="529"/>
        <source>could not read the date “{text}”</source>
        <extracomment>Title as written → (canonical form, sex or None). Data, not logic: add forms here. Military and police ranks (army, navy, air force, police), abbreviated and in full. Each is also known with the suffix หญิง (a woman holds it); officer ranks also with the prefix ว่าที่. Every recognised way of writing a title, longest first (so นางสาว wins over นาง). Relation words (lower case, no spaces or dots) → relation codes of code_lists.json. Words long enough to be trusted at the start of a longer phrase (``ภรรยาเจ้าบ้าน``).</extracomment>
        <translation>อ่านวันที่ “{text}” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="562"/>
        <source>“{text}” is not a valid date</source>
        <translation>“{text}” ไม่ใช่วันที่ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="564"/>
        <source>the date {date} is in the future</source>
        <translation>วันที่ {date} เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="567"/>
        <source>the date {date} is before 1890</source>
        <translation>วันที่ {date} เก่ากว่าปี ค.ศ. 1890</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="772"/>
        <source>Excel turned the house number into a date (12/3 became a date); format the column as text and export again</source>
        <extracomment>Area prefixes, longest first. Words need a remainder that can start a word (see :func:`split_title`); dotted abbreviations a remainder that is more than one or two abbreviations (the subdistrict จ.ป.ร. keeps its name).</extracomment>
        <translation>Excel แปลงบ้านเลขที่เป็นวันที่ (เช่น 12/3 กลายเป็นวันที่) กรุณาจัดรูปแบบคอลัมน์เป็นข้อความแล้วส่งออกใหม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="204"/>
        <source>Set up the office (its district) before importing lists.</source>
        <translation>กรุณาตั้งค่าหน่วยงาน (อำเภอ) ก่อนนำเข้าบัญชีรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="258"/>
        <source>The address is outside {district} district; the whole household is left out.</source>
        <translation>ที่อยู่อยู่นอกอำเภอ{district} จึงไม่นำเข้าทั้งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="261"/>
        <source>The row has no valid national ID and no name with an address.</source>
        <translation>แถวนี้ไม่มีเลขประจำตัวประชาชนที่ถูกต้อง และไม่มีชื่อพร้อมที่อยู่</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="390"/>
        <source>Left out by the user.</source>
        <translation>ผู้ใช้เลือกไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="395"/>
        <source>The national ID already appears in row {row} of this file.</source>
        <translation>เลขประจำตัวประชาชนนี้ซ้ำกับแถวที่ {row} ของไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="480"/>
        <source>The people of this household belong to {n} different households in the database; check by hand.</source>
        <translation>สมาชิกของครัวเรือนนี้อยู่ใน {n} ครัวเรือนที่ต่างกันในฐานข้อมูล กรุณาตรวจสอบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="582"/>
        <source>{name} has no national ID and a person with the same or a similar name lives at house {house} in the same village; check whether it is the same household.</source>
        <translation>{name} ไม่มีเลขประจำตัวประชาชน และมีผู้ที่ชื่อเหมือนหรือคล้ายกันอยู่บ้านเลขที่ {house} ในหมู่บ้านเดียวกัน กรุณาตรวจสอบว่าเป็นครัวเรือนเดียวกันหรือไม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="156"/>
        <source>The file {name} does not exist. Check the folder and choose the file again.</source>
        <translation>ไม่พบไฟล์ {name} กรุณาตรวจสอบโฟลเดอร์แล้วเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="159"/>
        <source>{name} is a folder, not a file. Choose a spreadsheet or CSV file.</source>
        <translation>{name} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาเลือกไฟล์ตารางคำนวณหรือ CSV</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="162"/>
        <source>Cannot open {name}: permission denied. Close it in other programs or copy it to your own folder, then try again.</source>
        <translation>เปิด {name} ไม่ได้เพราะไม่มีสิทธิ์ กรุณาปิดไฟล์ในโปรแกรมอื่นหรือคัดลอกไปไว้ในโฟลเดอร์ของคุณ แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="165"/>
        <source>The file {name} is empty (0 bytes). Ask the sender for the file again.</source>
        <translation>ไฟล์ {name} ว่างเปล่า (0 ไบต์) กรุณาขอไฟล์จากผู้ส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="168"/>
        <source>{name} is a PDF document, not a spreadsheet. Ask the sender for the Excel or CSV file.</source>
        <translation>{name} เป็นเอกสาร PDF ไม่ใช่ตารางคำนวณ กรุณาขอไฟล์ Excel หรือ CSV จากผู้ส่ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="171"/>
        <source>{name} is a Word document, not a spreadsheet. Ask the sender for the Excel or CSV file.</source>
        <translation>{name} เป็นเอกสาร Word ไม่ใช่ตารางคำนวณ กรุณาขอไฟล์ Excel หรือ CSV จากผู้ส่ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="174"/>
        <source>{name} is a web page saved with a spreadsheet name. Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>{name} เป็นหน้าเว็บที่บันทึกเป็นชื่อไฟล์ตารางคำนวณ กรุณาเปิดใน Excel บันทึกเป็นสมุดงาน Excel (.xlsx) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="178"/>
        <source>{name} is not a spreadsheet or CSV file. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>{name} ไม่ใช่ไฟล์ตารางคำนวณหรือ CSV กรุณาเลือกไฟล์ .xlsx, .xls, .ods หรือ .csv</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="181"/>
        <source>{name} is damaged and cannot be read. Open it in Excel to repair it, or ask the sender for the file again.</source>
        <translation>{name} เสียหาย อ่านไม่ได้ กรุณาเปิดใน Excel เพื่อซ่อมแซม หรือขอไฟล์จากผู้ส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="184"/>
        <source>{name} is protected with a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>{name} ถูกป้องกันด้วยรหัสผ่าน กรุณาเปิดใน Excel เอารหัสผ่านออก บันทึก แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="187"/>
        <source>The text of {name} is in an encoding that cannot be read. Save it as CSV UTF-8 from Excel and import it again.</source>
        <translation>ข้อความใน {name} ใช้การเข้ารหัสที่อ่านไม่ได้ กรุณาบันทึกเป็น CSV UTF-8 จาก Excel แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="190"/>
        <source>{name} has no data: every sheet is empty. Check that you chose the right file.</source>
        <translation>{name} ไม่มีข้อมูล ทุกแผ่นงานว่างเปล่า กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="193"/>
        <source>{name} cannot be read. Save it again as an Excel workbook (.xlsx) and import that file.</source>
        <translation>อ่าน {name} ไม่ได้ กรุณาบันทึกใหม่เป็นสมุดงาน Excel (.xlsx) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="200"/>
        <source>{name} has no sheet called {sheet}. Its sheets are: {sheets}.</source>
        <translation>{name} ไม่มีแผ่นงานชื่อ {sheet} แผ่นงานที่มีคือ {sheets}</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="206"/>
        <source>The sheet {sheet} in {name} is empty. Choose another sheet.</source>
        <translation>แผ่นงาน {sheet} ใน {name} ว่างเปล่า กรุณาเลือกแผ่นงานอื่น</translation>
    </message>
    <message>
        <location filename="../../core/importing/service.py" line="93"/>
        <source>The sheet {sheet} has a header but no data rows.</source>
        <translation>แผ่นงาน {sheet} มีหัวตารางแต่ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/importing/service.py" line="99"/>
        <source>Unknown source {source}: use one of {sources}.</source>
        <translation>ไม่รู้จักแหล่งข้อมูล {source} กรุณาใช้ {sources}</translation>
    </message>
    <message>
        <location filename="../../core/importing/service.py" line="107"/>
        <source>There is no saved mapping called {name}.</source>
        <translation>ไม่มีการจับคู่คอลัมน์ที่บันทึกไว้ชื่อ {name}</translation>
    </message>
    <message>
        <location filename="../../core/importing/summary.py" line="162"/>
        <source>Moo {number}</source>
        <translation>หมู่ {number}</translation>
    </message>
    <message>
        <location filename="../../core/importing/summary.py" line="164"/>
        <source>T. {name}</source>
        <translation>ต.{name}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="18"/>
        <location filename="../../ui/prompts.py" line="23"/>
        <location filename="../../ui/prompts.py" line="28"/>
        <source>KaeJon Desk</source>
        <translation>แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="52"/>
        <source>Print {title}</source>
        <translation>พิมพ์ {title}</translation>
    </message>
</context>
</TS>
