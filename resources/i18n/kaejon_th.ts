<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ComingLaterPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="24"/>
        <location filename="../../ui/pages/partners.py" line="83"/>
        <location filename="../../ui/pages/placeholders.py" line="22"/>
        <source>Not available in this version yet</source>
        <translation>ยังไม่มีในรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="29"/>
        <source>Here you will import household lists from TPMAP, ThaiQM, จปฐ. and local spreadsheets (Excel or CSV), check the column mapping and see exactly what each import changed. This arrives in the next update. To try the program now, create demo data with the command: python main.py demo</source>
        <translation>หน้านี้ใช้นำเข้าบัญชีรายชื่อครัวเรือนจาก TPMAP, ThaiQM, จปฐ. และไฟล์ในพื้นที่ (Excel หรือ CSV) ตรวจการจับคู่คอลัมน์ และดูว่าการนำเข้าแต่ละครั้งเปลี่ยนแปลงอะไรบ้าง จะเปิดใช้ในรุ่นถัดไป ระหว่างนี้ทดลองใช้โปรแกรมได้ด้วยข้อมูลตัวอย่าง โดยใช้คำสั่ง python main.py demo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="39"/>
        <source>Here you will assign help to households, send referrals to partner agencies in numbered batches and track each referral to its end. This arrives in a later update; the demo data already holds interventions that will appear here.</source>
        <translation>หน้านี้ใช้กำหนดการช่วยเหลือให้ครัวเรือน ส่งต่อหน่วยงานภาคีเป็นชุดพร้อมเลขที่หนังสือ และติดตามการส่งต่อแต่ละรายการจนเสร็จสิ้น จะเปิดใช้ในรุ่นต่อไป ข้อมูลตัวอย่างมีรายการช่วยเหลือที่จะแสดงในหน้านี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="48"/>
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
        <location filename="../../ui/pages/households.py" line="21"/>
        <source>In this database</source>
        <translation>ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="25"/>
        <source>The household list (search by name, national ID or house code, filters, sorting), the household editor, field verification and the full history arrive in the next update.</source>
        <translation>รายการครัวเรือน (ค้นหาด้วยชื่อ เลขประจำตัวประชาชน หรือรหัสประจำบ้าน กรอง และเรียงลำดับ) หน้าแก้ไขข้อมูลครัวเรือน การสอบทานภาคสนาม และประวัติการแก้ไข จะเปิดใช้ในรุ่นถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="35"/>
        <source>{households} households with {members} members.</source>
        <translation>{households} ครัวเรือน สมาชิก {members} คน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>Creating demo households…</source>
        <translation>กำลังสร้างครัวเรือนตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>KaeJon Desk</source>
        <translation>แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>DEMO DATA (synthetic, not real people)</source>
        <translation>ข้อมูลตัวอย่าง (สังเคราะห์ ไม่ใช่บุคคลจริง)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Back up the database…</source>
        <translation>สำรองฐานข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>About KaeJon Desk</source>
        <translation>เกี่ยวกับแก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>User: {name}</source>
        <translation>ผู้ใช้: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>{households} households · {members} members</source>
        <translation>{households} ครัวเรือน · {members} คน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>KaeJon Desk {version}
Household poverty case work for district offices.
Font: Sarabun (SIL Open Font License). Area codes: thailand-geography-json (MIT).</source>
        <translation>แก้จนเดสก์ รุ่น {version}
ระบบติดตามการแก้ไขปัญหาความยากจนรายครัวเรือนสำหรับอำเภอ
แบบอักษร: Sarabun (SIL Open Font License) รหัสพื้นที่: thailand-geography-json (MIT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="20"/>
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
        <location filename="../../ui/pages/placeholders.py" line="29"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="39"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholders.py" line="48"/>
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
        <location filename="../../ui/cli.py" line="80"/>
        <source>Created the office database {db} for {office}.</source>
        <translation>สร้างฐานข้อมูล {db} ของ{office} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="108"/>
        <source>Added {households} households ({members} members) in {seconds:.1f} s to {db}.</source>
        <translation>เพิ่ม {households} ครัวเรือน (สมาชิก {members} คน) ใน {seconds:.1f} วินาที ลงใน {db} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="132"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="133"/>
        <source>Schema version</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="134"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="135"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="136"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="137"/>
        <source>Villages with households</source>
        <translation>หมู่บ้านที่มีครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="138"/>
        <source>Visits</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="139"/>
        <source>Interventions</source>
        <translation>รายการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="140"/>
        <source>Partner agencies</source>
        <translation>หน่วยงานภาคี</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="141"/>
        <source>Import batches</source>
        <translation>ครั้งที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="142"/>
        <source>History entries</source>
        <translation>รายการประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="153"/>
        <source>Backup written to {path}.</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="161"/>
        <source>Restored from {source}.</source>
        <translation>คืนค่าข้อมูลจาก {source} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="163"/>
        <source>The replaced database was kept as {path}.</source>
        <translation>เก็บฐานข้อมูลเดิมไว้ที่ {path}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="190"/>
        <source>kaejon: cancelled; nothing was changed.</source>
        <translation>kaejon: ยกเลิกแล้ว ไม่มีข้อมูลใดถูกเปลี่ยนแปลง</translation>
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
        <location filename="../../core/errors.py" line="102"/>
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
        <location filename="../../core/demo.py" line="206"/>
        <location filename="../../ui/cli.py" line="93"/>
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
        <location filename="../../core/errors.py" line="35"/>
        <source>The database {target} was made by a newer version of KaeJon Desk (schema {revision}). Install the newer version to open it.</source>
        <translation>ฐานข้อมูล {target} สร้างจากแก้จนเดสก์รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {revision}) กรุณาติดตั้งรุ่นใหม่ก่อนเปิดใช้</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="43"/>
        <source>{target} is not a KaeJon Desk database. Choose the right file.</source>
        <translation>{target} ไม่ใช่ฐานข้อมูลแก้จนเดสก์ กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="50"/>
        <source>Someone else saved this record while you were editing it. Reopen it to see their changes, then make yours again.</source>
        <translation>มีผู้อื่นบันทึกข้อมูลนี้ขณะที่คุณกำลังแก้ไข กรุณาเปิดใหม่เพื่อดูสิ่งที่เขาแก้ แล้วแก้ไขของคุณอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="57"/>
        <source>{target} is neither a database file nor a database address this program can use (for example postgresql+psycopg://user@server/name).</source>
        <translation>{target} ไม่ใช่ไฟล์ฐานข้อมูลหรือที่อยู่ฐานข้อมูลที่โปรแกรมนี้ใช้ได้ (ตัวอย่าง postgresql+psycopg://user@server/name)</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="73"/>
        <source>The database {target} is busy or locked by another program. Try again in a moment.</source>
        <translation>ฐานข้อมูล {target} กำลังถูกใช้หรือถูกล็อกโดยโปรแกรมอื่น กรุณาลองใหม่อีกครู่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="76"/>
        <source>{target} is not a KaeJon Desk database or is damaged. Choose the right file.</source>
        <translation>{target} ไม่ใช่ฐานข้อมูลแก้จนเดสก์หรือไฟล์เสียหาย กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="79"/>
        <location filename="../../core/errors.py" line="97"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>พื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="81"/>
        <source>Cannot open or write the database {target}. Check the folder and its permissions.</source>
        <translation>เปิดหรือเขียนฐานข้อมูล {target} ไม่ได้ กรุณาตรวจสอบโฟลเดอร์และสิทธิ์การเข้าถึง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="84"/>
        <source>Cannot connect to the database server {target}. Check the address and the network.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {target} ไม่ได้ กรุณาตรวจสอบที่อยู่และเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="87"/>
        <source>The disk or network drive holding {target} could not be read or written. Check the drive and try again.</source>
        <translation>อ่านหรือเขียนดิสก์หรือไดรฟ์เครือข่ายที่เก็บ {target} ไม่ได้ กรุณาตรวจสอบไดรฟ์แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="99"/>
        <source>Permission denied for {name}. Choose another folder or ask your administrator.</source>
        <translation>ไม่มีสิทธิ์เข้าถึง {name} กรุณาเลือกโฟลเดอร์อื่นหรือติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="104"/>
        <source>Cannot use the file {name}: {detail}</source>
        <translation>ใช้ไฟล์ {name} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/office.py" line="42"/>
        <source>This database already belongs to an office; it cannot be set up again.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าให้หน่วยงานแล้ว ตั้งค่าซ้ำไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/demo.py" line="216"/>
        <source>This database belongs to district {office}, not {code}.</source>
        <translation>ฐานข้อมูลนี้เป็นของอำเภอรหัส {office} ไม่ใช่ {code}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="13"/>
        <location filename="../../ui/prompts.py" line="18"/>
        <location filename="../../ui/prompts.py" line="23"/>
        <source>KaeJon Desk</source>
        <translation>แก้จนเดสก์</translation>
    </message>
</context>
</TS>
