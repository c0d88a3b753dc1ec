<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivationCurvePanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="149" />
        <source>Activation function</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="150" />
        <source>Pre-activations of layer</source>
        <translation>활성화 전 값을 볼 층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="151" />
        <source>last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="152" />
        <source>Hidden layer whose z values are drawn under f</source>
        <translation>f 아래에 z 값을 그릴 은닉층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="163" />
        <source>No hidden layers to show.</source>
        <translation>표시할 은닉층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="196" />
        <source>each unit outputs the largest of k linear pieces, so there is no single curve f(z); below: the distribution of the pieces' values z</source>
        <translation>각 뉴런은 k개 선형 조각 중 가장 큰 값을 내므로 하나의 곡선 f(z)가 없습니다. 아래: 조각 값 z의 분포</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="230" />
        <source>{0:.0f}% of z where the slope is nearly 0</source>
        <translation>z의 {0:.0f}%가 기울기가 거의 0인 곳에 있음</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="255" />
        <source>slope |f'| &amp;lt; 10% of its peak</source>
        <translation>기울기 |f'| &amp;lt; 최댓값의 10%</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="256" />
        <source>z of layer {0}</source>
        <translation>{0}층의 z</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="274" />
        <source>z (before the activation)</source>
        <translation>z (활성화 전)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="275" />
        <source>share of z values</source>
        <translation>z 값의 비율</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="65" />
        <source>Drawing the animation…</source>
        <translation>애니메이션을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="65" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="67" />
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="87" />
        <source>the training process is not running; press Reset to restart it</source>
        <translation>학습 프로세스가 실행 중이 아닙니다. 초기화(Reset)를 누르면 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="115" />
        <source>Encoding…</source>
        <translation>인코딩 중…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="42" />
        <source>The training process stopped unexpectedly (exit code {code}); press Reset to restart it</source>
        <translation>학습 프로세스가 예기치 않게 중지되었습니다(종료 코드 {code}). 초기화(Reset)를 눌러 다시 시작하세요</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="51" />
        <source>{side}diverged at step {step}</source>
        <translation>{side}{step}단계에서 발산</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="59" />
        <source> — the loss or the weights became NaN/Inf. Lower the learning rate or init scale, then press Reset.</source>
        <translation> — 손실 또는 가중치가 NaN/Inf가 되었습니다. 학습률이나 초기화 배율을 낮춘 뒤 초기화(Reset)를 누르세요.</translation>
    </message>
</context>
<context>
    <name>BatchNormPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/batch_norm.py" line="88" />
        <source>Batch norm γ, β</source>
        <translation>배치 정규화 γ, β</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/batch_norm.py" line="90" />
        <source>Scale γ (mean ± std over units; dashed: start)</source>
        <translation>배율 γ (뉴런에 대한 평균 ± 표준편차; 점선: 시작값)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/batch_norm.py" line="91" />
        <source>Shift β (mean ± std over units; dashed: start)</source>
        <translation>이동 β (뉴런에 대한 평균 ± 표준편차; 점선: 시작값)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/batch_norm.py" line="95" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/batch_norm.py" line="106" />
        <source>No run uses batch normalization: turn it on to see its learned γ and β</source>
        <translation>배치 정규화를 쓰는 실행이 없습니다: 켜면 학습된 γ와 β를 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ControlDock</name>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="54" />
        <source>+ Add run</source>
        <translation>+ 실행 추가</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="57" />
        <source>Train another configuration in lockstep (a copy of the current run): same seed, data and batches; up to four runs</source>
        <translation>다른 설정을 나란히 학습합니다(현재 실행의 복사본): 같은 시드, 데이터, 미니배치; 최대 네 개</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="158" />
        <source>Run {0}</source>
        <translation>실행 {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="168" />
        <source>Highlighted: settings that differ from run A</source>
        <translation>강조 표시: 실행 A와 다른 설정</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="170" />
        <source>The lesson hides or locks some settings.</source>
        <translation>이 수업은 일부 설정을 숨기거나 잠급니다.</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="124" />
        <source>{name}: {text!r} is not a number</source>
        <translation>{name}: {text!r}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="126" />
        <source>{name}: a number is required</source>
        <translation>{name}: 숫자를 입력해야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="170" />
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="172" />
        <source>Data (*.csv *.npz *-ubyte *-ubyte.gz);;All files (*)</source>
        <translation>데이터 (*.csv *.npz *-ubyte *-ubyte.gz);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ControlRows</name>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="97" />
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="100" />
        <source>A .csv file (label in the last column), an .npz file (arrays x and y) or a folder of MNIST idx files</source>
        <translation>.csv 파일(마지막 열이 레이블), .npz 파일(배열 x와 y) 또는 MNIST idx 파일이 있는 폴더</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../visualizer/ui/cover.py" line="48" />
        <source>The panels stay covered and training paused until the answer is revealed: 1–4 picks an answer, B or . reveals, Page Down goes on</source>
        <translation>정답을 공개할 때까지 화면은 가려지고 학습은 멈춥니다: 1–4로 답을 고르고, B나 .로 공개하고, Page Down으로 넘어갑니다</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="202" />
        <source>Loss and accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="203" />
        <source>Log y (loss)</source>
        <translation>로그 y축 (손실)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="204" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="205" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="206" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="207" />
        <source>x axis</source>
        <translation>x축</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="209" />
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="210" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="211" />
        <source>samples seen</source>
        <translation>처리한 샘플 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="217" />
        <source>No accuracy: regression (loss only)</source>
        <translation>정확도 없음: 회귀 문제 (손실만 표시)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="262" />
        <source>(thin: test)</source>
        <translation>(가는 선: 테스트)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="266" />
        <source>{run} diverged</source>
        <translation>{run} 발산</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="257" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="257" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="266" />
        <source>diverged</source>
        <translation>발산</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="156" />
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="187" />
        <source>The decision boundary needs a 2D dataset: choose spiral, moons, circles, xor or blobs (or sine for a fitted curve)</source>
        <translation>결정 경계는 2차원 데이터가 필요합니다: spiral, moons, circles, xor, blobs 중에서 고르세요(맞춘 곡선은 sine)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="195" />
        <source>Waiting for the decision map…</source>
        <translation>결정 경계를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="226" />
        <source>test loss {0}</source>
        <translation>테스트 손실 {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="259" />
        <source>test accuracy {0}</source>
        <translation>테스트 정확도 {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="291" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="292" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>EvalModeBox</name>
    <message>
        <location filename="../../visualizer/ui/drawing/eval_mode.py" line="23" />
        <source>Evaluation mode</source>
        <translation>평가 모드</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/drawing/eval_mode.py" line="26" />
        <source>The network as the test set sees it: batch normalization with its running averages instead of the batch's statistics, and no dropout</source>
        <translation>테스트 세트가 보는 신경망: 배치 정규화가 배치 통계 대신 이동 평균을 쓰고, 드롭아웃은 없습니다</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="66" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="68" />
        <source>Stamp configuration on images</source>
        <translation>이미지에 설정 정보 찍기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="73" />
        <source>Export window as PNG…</source>
        <translation>창을 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="77" />
        <source>Export window as PNG at 2x…</source>
        <translation>창을 2배 크기 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="79" />
        <source>Export animation (GIF or PNG)…</source>
        <translation>애니메이션 내보내기 (GIF 또는 PNG)…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="83" />
        <source>Export interactive page (HTML)…</source>
        <translation>대화형 페이지 내보내기 (HTML)…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="84" />
        <source>Export metrics as CSV…</source>
        <translation>지표를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="85" />
        <source>Export run as JSON…</source>
        <translation>실행 결과를 JSON으로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="89" />
        <source>Save configuration…</source>
        <translation>설정 저장…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="94" />
        <source>Load configuration…</source>
        <translation>설정 불러오기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="98" />
        <source>Open lesson…</source>
        <translation>수업 열기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="99" />
        <source>Restore defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="101" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="105" />
        <source>Export panel (PNG or SVG)</source>
        <translation>패널 내보내기 (PNG 또는 SVG)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="129" />
        <source>Export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="132" />
        <source>Saved {path}</source>
        <translation>저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="161" />
        <source>Export window</source>
        <translation>창 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="176" />
        <source>Writing {path}…</source>
        <translation>{path} 저장 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="190" />
        <source>Export panel</source>
        <translation>패널 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="205" />
        <location filename="../../visualizer/ui/file_menu.py" line="211" />
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="212" />
        <source>Frames, evenly spaced over the run:</source>
        <translation>프레임 수 (학습 전체에 고르게):</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="257" />
        <source>Export metrics</source>
        <translation>지표 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="271" />
        <source>Export run</source>
        <translation>실행 결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="286" />
        <source>Save configuration</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="297" />
        <source>Load configuration</source>
        <translation>설정 불러오기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="313" />
        <source>Reading {path}…</source>
        <translation>{path} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="349" />
        <source>Cannot load configuration: {error}</source>
        <translation>설정을 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="326" />
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="336" />
        <source>Cannot load lesson: {error}</source>
        <translation>수업을 불러올 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>HistogramPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="177" />
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="178" />
        <source>Gradients</source>
        <translation>그레이디언트</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="179" />
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="181" />
        <source>Share y-axis</source>
        <translation>y축 공유</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="182" />
        <source>Same vertical scale for every layer</source>
        <translation>모든 층에 같은 세로 축척</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="183" />
        <source>log10|g|</source>
        <translation>log10|g|</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="185" />
        <source>Histogram of log10 of the gradient sizes: vanishing shows as a shift left</source>
        <translation>그레이디언트 크기의 log10 히스토그램: 기울기 소실은 왼쪽으로 밀려나는 모습으로 보입니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="187" />
        <source>Before activation (z)</source>
        <translation>활성화 전 (z)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="188" />
        <source>Heat map</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="189" />
        <source>One row per layer; automatic above 12 layers</source>
        <translation>층마다 한 줄; 12층을 넘으면 자동</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="191" />
        <source>Runs in columns</source>
        <translation>실행별 열로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="193" />
        <source>One plot per layer and run, each with its own scale, instead of overlaid</source>
        <translation>겹쳐 그리지 않고 층과 실행마다 따로, 각자의 눈금으로 그립니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="212" />
        <source>weight value</source>
        <translation>가중치 값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="215" />
        <source>log10 |dL/da|</source>
        <translation>log10 |dL/da|</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="216" />
        <source>gradient dL/da</source>
        <translation>그레이디언트 dL/da</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="218" />
        <source>pre-activation z</source>
        <translation>활성화 전 값 z</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="219" />
        <source>activation value</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="224" />
        <location filename="../../visualizer/ui/panels/histograms.py" line="226" />
        <location filename="../../visualizer/ui/panels/histograms.py" line="228" />
        <location filename="../../visualizer/ui/panels/histograms.py" line="229" />
        <source>σ {0}</source>
        <translation>σ {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="239" />
        <source>Layers {0}–{1}</source>
        <translation>{0}–{1}층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="265" />
        <source>darker = larger share of the layer's values</source>
        <translation>진할수록 그 층의 값이 많이 몰림</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="266" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="276" />
        <source>Layer {0}</source>
        <translation>{0}층</translation>
    </message>
</context>
<context>
    <name>InputCloudPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/input_cloud.py" line="83" />
        <source>Input cloud</source>
        <translation>입력 분포</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/input_cloud.py" line="85" />
        <source>Raw</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/input_cloud.py" line="86" />
        <source>Centred</source>
        <translation>평균 뺌</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/input_cloud.py" line="87" />
        <source>Decorrelated (PCA)</source>
        <translation>상관 제거 (PCA)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/input_cloud.py" line="88" />
        <source>Whitened</source>
        <translation>백색화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/input_cloud.py" line="102" />
        <source>The input cloud needs a 2D dataset: choose tilted, moons or blobs</source>
        <translation>입력 분포 보기에는 2D 데이터가 필요합니다: tilted, moons 또는 blobs를 고르세요</translation>
    </message>
</context>
<context>
    <name>LayerStatsPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="107" />
        <source>Layer statistics</source>
        <translation>층 통계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="110" />
        <source>Mean ● and std □</source>
        <translation>평균 ●, 표준편차 □</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="111" />
        <source>Gradient norm ‖dL/dW‖</source>
        <translation>그레이디언트 노름 ‖dL/dW‖</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="112" />
        <source>Dead ● / saturated □</source>
        <translation>죽은 뉴런 ● / 포화 □</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="113" />
        <source>Update / weight</source>
        <translation>갱신량 / 가중치</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="117" />
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="121" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="118" />
        <source>healthy ≈ 1e-3</source>
        <translation>건강한 값 ≈ 1e-3</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="120" />
        <source>Variance at initialization: theory (lines) and now (● z, □ dL/da)</source>
        <translation>초기화 시점의 분산: 이론(선)과 현재(● z, □ dL/da)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="184" />
        <source>{run}: the theory does not apply here: {reason}</source>
        <translation>{run}: 여기에는 이론이 맞지 않습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="47" />
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="56" />
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="57" />
        <source>Previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="58" />
        <source>Reveal the answer</source>
        <translation>정답 공개</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="61" />
        <source>Pick answer {0}</source>
        <translation>{0}번 답 고르기</translation>
    </message>
</context>
<context>
    <name>LessonEditing</name>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="48" />
        <source>New lesson…</source>
        <translation>새 수업…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="49" />
        <source>Edit this lesson…</source>
        <translation>이 수업 편집…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="50" />
        <source>My lessons</source>
        <translation>내 수업</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="51" />
        <source>Back to the lesson editor</source>
        <translation>수업 편집기로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="77" />
        <source>Arrange my lessons…</source>
        <translation>내 수업 정리…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="155" />
        <source>Arrange my lessons</source>
        <translation>내 수업 정리</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editing.py" line="174" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="266" />
        <source>Lesson editor</source>
        <translation>수업 편집기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="267" />
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="268" />
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="269" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="270" />
        <source>Text</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="271" />
        <source>First page: take what the window shows</source>
        <translation>첫 페이지: 지금 창에 보이는 상태로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="272" />
        <source>Add step from what the window shows</source>
        <translation>지금 창에 보이는 상태로 단계 추가</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="273" />
        <source>Replace this step with what the window shows</source>
        <translation>이 단계를 지금 창의 상태로 바꾸기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="274" />
        <source>Remove step</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="275" />
        <source>The selected step</source>
        <translation>선택한 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="276" />
        <source>Text of the step</source>
        <translation>단계 설명</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="278" />
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="279" />
        <source>Lesson steps</source>
        <translation>수업 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="280" />
        <source>Hidden and locked controls</source>
        <translation>숨기거나 잠글 컨트롤</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="281" />
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="281" />
        <source>Lock</source>
        <translation>잠그기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="282" />
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="283" />
        <source>Save to My lessons</source>
        <translation>내 수업에 저장</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="284" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="360" />
        <source>The first page shows what the window shows now.</source>
        <translation>첫 페이지가 지금 창에 보이는 상태를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="367" />
        <source>Step {0} records what the window shows; write its text.</source>
        <translation>{0}단계에 지금 창의 상태를 기록했습니다. 설명을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="373" />
        <source>Step {0} now records what the window shows.</source>
        <translation>{0}단계가 이제 지금 창의 상태를 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="417" />
        <source>{0} is a built-in lesson's name; choose another.</source>
        <translation>{0}은(는) 기본 수업의 이름입니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="421" />
        <source>One of My lessons is called {0}; choose another name.</source>
        <translation>내 수업 중에 {0}이(가) 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="431" />
        <source>Saved to {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../visualizer/ui/lesson_panel.py" line="69" />
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_panel.py" line="70" />
        <source>The previous step and its settings (Page Up)</source>
        <translation>이전 단계와 그 설정 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_panel.py" line="71" />
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_panel.py" line="74" />
        <source>The next step and its settings (Page Down); a covered answer is revealed first</source>
        <translation>다음 단계와 그 설정 (Page Down). 가려진 정답이 있으면 먼저 공개합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_panel.py" line="89" />
        <source>Choose a lesson from the Lessons menu, or turn any knob on the left: the histograms show, layer by layer, what the network does with it.</source>
        <translation>수업 메뉴에서 수업을 고르거나 왼쪽의 설정을 바꿔 보세요. 히스토그램이 층마다 신경망에 어떤 일이 일어나는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_panel.py" line="102" />
        <source>Step {k} of {n}</source>
        <translation>{n}단계 중 {k}단계</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualizer/ui/main_window.py" line="50" />
        <source>Deep network training visualizer</source>
        <translation>심층 신경망 학습 시각화 도구</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/main_window.py" line="154" />
        <source>Controls</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/main_window.py" line="300" />
        <source>The training process is not running; press Reset</source>
        <translation>학습 프로세스가 실행 중이 아닙니다. 초기화(Reset)를 누르세요</translation>
    </message>
</context>
<context>
    <name>NetworkDiagramPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="130" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="131" />
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="132" />
        <source>Gradients</source>
        <translation>그레이디언트</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="134" />
        <source>Colour the links by the sign of the weight or of its gradient</source>
        <translation>연결을 가중치의 부호나 그 그레이디언트의 부호로 색칠</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="151" />
        <source>&lt;span style="color:{0}"&gt;blue: w &amp;gt; 0&lt;/span&gt;, &lt;span style="color:{1}"&gt;orange: w &amp;lt; 0&lt;/span&gt;; thicker = larger |w|</source>
        <translation>&lt;span style="color:{0}"&gt;파랑: w &amp;gt; 0&lt;/span&gt;, &lt;span style="color:{1}"&gt;주황: w &amp;lt; 0&lt;/span&gt;; 굵을수록 |w|가 큼</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="156" />
        <source>&lt;span style="color:{0}"&gt;blue: dL/dw &amp;gt; 0 (a step lowers w)&lt;/span&gt;, &lt;span style="color:{1}"&gt;orange: dL/dw &amp;lt; 0 (a step raises w)&lt;/span&gt;; thicker = larger |dL/dw| (each width 10× the next thinner)</source>
        <translation>&lt;span style="color:{0}"&gt;파랑: dL/dw &amp;gt; 0 (갱신이 w를 낮춤)&lt;/span&gt;, &lt;span style="color:{1}"&gt;주황: dL/dw &amp;lt; 0 (갱신이 w를 높임)&lt;/span&gt;; 굵을수록 |dL/dw|가 큼 (굵기 한 단계마다 10배)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="160" />
        <source>ringed: the unit the Weight path view follows, and its two inputs</source>
        <translation>동그라미: 가중치 경로 보기가 따라가는 뉴런과 그 두 입력</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="204" />
        <source>The diagram is drawn for small networks only: width ≤ {0} and depth ≤ {1}. This one has {2} hidden layers of {3} units.</source>
        <translation>신경망 그림은 작은 신경망만 그립니다: 너비 ≤ {0}, 깊이 ≤ {1}. 지금 신경망은 뉴런 {3}개짜리 은닉층이 {2}개입니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="210" />
        <source>Waiting for the network's weights…</source>
        <translation>신경망 가중치를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="215" />
        <source>Gradients are shown live only: press Live to see them, or colour by weight</source>
        <translation>그레이디언트는 실시간으로만 보입니다: 실시간을 누르거나 가중치로 색칠하세요</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="273" />
        <source>in</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="273" />
        <source>out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="288" />
        <source>{0} of {1} inputs</source>
        <translation>입력 {1}개 중 {0}개</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="295" />
        <source>{0} links</source>
        <translation>연결 {0}개</translation>
    </message>
</context>
<context>
    <name>OptimizerRacePanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="202" />
        <source>Optimizer race</source>
        <translation>옵티마이저 경주</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="203" />
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="204" />
        <source>valley</source>
        <translation>골짜기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="204" />
        <source>hill (local minimum)</source>
        <translation>언덕 (지역 최솟값)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="207" />
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="208" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="209" />
        <source>Book's learning rates</source>
        <translation>책의 학습률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="211" />
        <source>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 (Deep Learning from Scratch)</source>
        <translation>SGD 0.95, 모멘텀 0.1, AdaGrad 1.5, Adam 0.3 (밑바닥부터 시작하는 딥러닝)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="237" />
        <source>{0}  from (-7, 2)</source>
        <translation>{0},  시작점 (-7, 2)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="239" />
        <source>from (-7, 2)</source>
        <translation>시작점 (-7, 2)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="256" />
        <source>{0} (lr {1:g})</source>
        <translation>{0} (학습률 {1:g})</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="257" />
        <source>{0} from the minimum</source>
        <translation>최솟값까지 {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="259" />
        <source>{0} (lr {1:g}): {2} from the minimum</source>
        <translation>{0} (학습률 {1:g}): 최솟값까지 {2}</translation>
    </message>
</context>
<context>
    <name>PageExport</name>
    <message>
        <location filename="../../visualizer/ui/page_export.py" line="46" />
        <location filename="../../visualizer/ui/page_export.py" line="72" />
        <location filename="../../visualizer/ui/page_export.py" line="101" />
        <source>Export interactive page</source>
        <translation>대화형 페이지 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/page_export.py" line="73" />
        <source>Training steps of every run (each lesson step is recorded):</source>
        <translation>실행마다 훈련할 단계 수 (수업의 단계마다 기록합니다):</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/page_export.py" line="95" />
        <source>Recording the runs for {name}…</source>
        <translation>{name}에 담을 실행을 기록하는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/page_export.py" line="96" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>QuestionEdit</name>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="116" />
        <source>Question (predict, then reveal)</source>
        <translation>질문 (예측한 뒤 정답 공개)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="117" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="118" />
        <source>Answers</source>
        <translation>답의 개수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="119" />
        <source>Right answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="120" />
        <source>Why (after the reveal)</source>
        <translation>이유 (정답 공개 뒤)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_editor.py" line="122" />
        <source>Answer {0}</source>
        <translation>답 {0}</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="80" />
        <source>The answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="80" />
        <source>Predict, then reveal</source>
        <translation>먼저 예상하고, 정답 확인하기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="94" />
        <source>Why:</source>
        <translation>이유:</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="99" />
        <source>Reveal the answer (B)</source>
        <translation>정답 공개 (B)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="103" />
        <source>No answer was picked; the answer is “{answer}”.</source>
        <translation>고른 답이 없습니다. 정답은 “{answer}”입니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="107" />
        <source>Correct: the class picked “{answer}”.</source>
        <translation>정답입니다. 고른 답: “{answer}”</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="108" />
        <source>Not quite: the class picked “{picked}”; the answer is “{answer}”.</source>
        <translation>아쉽습니다. 고른 답은 “{picked}”, 정답은 “{answer}”입니다.</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../../visualizer/ui/scrubber.py" line="26" />
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/scrubber.py" line="27" />
        <source>Back to the newest step (End)</source>
        <translation>가장 최근 단계로 돌아가기 (End)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/scrubber.py" line="29" />
        <source>Drag to see every panel at an earlier step ([ and ] step through)</source>
        <translation>끌어서 모든 패널을 이전 단계의 모습으로 봅니다 ([ 와 ]로 한 칸씩)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/scrubber.py" line="33" />
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/scrubber.py" line="62" />
        <source>step {0} of {1}</source>
        <translation>단계 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/scrubber.py" line="62" />
        <source>live</source>
        <translation>실시간</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="163" />
        <source>Cancelled after {0} of {1} trainings.</source>
        <translation>학습 {1}번 중 {0}번을 마치고 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="191" />
        <source>Hyper-parameter search</source>
        <translation>하이퍼파라미터 탐색</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="192" />
        <source>Random search</source>
        <translation>랜덤 탐색</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="192" />
        <source>Grid search</source>
        <translation>그리드 탐색</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="195" />
        <source>Trainings</source>
        <translation>학습 횟수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="196" />
        <source>The budget: how many short trainings a round runs</source>
        <translation>예산: 한 라운드에 하는 짧은 학습의 횟수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="197" />
        <source>Steps each</source>
        <translation>학습마다 갱신</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="198" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="200" />
        <source>Train run A once per point, in the background, each from the same seed</source>
        <translation>점마다 실행 A를 한 번씩 백그라운드에서, 모두 같은 시드로 학습</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="202" />
        <source>Refine around the best</source>
        <translation>가장 좋은 점 주위로 좁히기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="204" />
        <source>Coarse to fine: another round in a box half as wide around the best</source>
        <translation>넓게에서 좁게: 가장 좋은 점 주위의 폭이 절반인 상자에서 한 라운드 더</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="206" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="208" />
        <location filename="../../visualizer/ui/panels/search.py" line="210" />
        <source>learning rate (log scale)</source>
        <translation>학습률 (로그 척도)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="209" />
        <source>weight decay (L2, log scale)</source>
        <translation>가중치 감소 (L2, 로그 척도)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="211" />
        <location filename="../../visualizer/ui/panels/search.py" line="214" />
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="212" />
        <source>Every training, coloured by validation accuracy</source>
        <translation>모든 학습, 검증 정확도로 색칠</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="213" />
        <source>Validation accuracy by learning rate alone</source>
        <translation>학습률만 본 검증 정확도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="257" />
        <source>Start runs N short trainings of run A in the background, each at a learning rate and an L2 weight decay drawn at random (or on a grid) on log scales, and scores each on the held-out data.</source>
        <translation>시작을 누르면 실행 A를 백그라운드에서 N번 짧게 학습합니다. 매번 학습률과 L2 가중치 감소를 로그 척도에서 랜덤으로(또는 그리드로) 고르고, 떼어 둔 데이터로 점수를 매깁니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="266" />
        <source>Round {0} ({1}): {2} of {3} trainings, {4} different learning rates.</source>
        <translation>라운드 {0} ({1}): 학습 {3}번 중 {2}번, 서로 다른 학습률 {4}개.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/search.py" line="271" />
        <source>Best so far: {0:.0%} at learning rate {1:.2g}, weight decay {2:.2g} (round {3}).</source>
        <translation>지금까지 최고: 학습률 {1:.2g}, 가중치 감소 {2:.2g}에서 {0:.0%} (라운드 {3}).</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="72" />
        <source>Waiting for the training process…</source>
        <translation>학습 프로세스를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="85" />
        <source>{count} JSON export(s) not written: the training process stopped</source>
        <translation>JSON 내보내기 {count}건을 쓰지 못했습니다: 학습 프로세스가 중지되었습니다</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="99" />
        <source>training process stopped</source>
        <translation>학습 프로세스 중지됨</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="101" />
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="103" />
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="103" />
        <source>paused</source>
        <translation>일시정지됨</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="106" />
        <source>step {step}  ·  epoch {epoch}  ·  {rate:.1f} steps/s  ·  loss {loss}  ·  {state}</source>
        <translation>단계 {step}  ·  에포크 {epoch}  ·  초당 {rate:.1f}단계  ·  손실 {loss}  ·  {state}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="132" />
        <source>Over time</source>
        <translation>시간에 따른 변화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="133" />
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="134" />
        <source>Gradients (log10|g|)</source>
        <translation>그레이디언트 (log10|g|)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="135" />
        <source>Which histograms to replay</source>
        <translation>다시 볼 히스토그램</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="136" />
        <source>From layer</source>
        <translation>시작 층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="137" />
        <source>First of up to 6 layers shown</source>
        <translation>표시할 최대 6개 층 중 첫 번째</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="149" />
        <source>Waiting for the histogram history…</source>
        <translation>히스토그램 기록을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="161" />
        <source>layers {0}–{1} of {2}</source>
        <translation>{2}개 층 중 {0}–{1}층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="215" />
        <source>log10|g|</source>
        <translation>log10|g|</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="217" />
        <source>activation</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="219" />
        <source>bin</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="222" />
        <source>Layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="229" />
        <source>step</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="26" />
        <source>Transport</source>
        <translation>재생 도구</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="29" />
        <location filename="../../visualizer/ui/transport.py" line="65" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="29" />
        <source>Play or pause training (Space)</source>
        <translation>학습 재생 또는 일시정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="33" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="34" />
        <source>One training step (S or Right)</source>
        <translation>학습 한 단계 (S 또는 →)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="39" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="40" />
        <source>Rebuild the network from the seed (R)</source>
        <translation>시드로 신경망을 다시 만들기 (R)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="44" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="48" />
        <source>Maximum training steps per second</source>
        <translation>초당 최대 학습 단계 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="65" />
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
</context>
<context>
    <name>WeightPathPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="103" />
        <source>Weight path</source>
        <translation>가중치 경로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="105" />
        <source>w₁ (from unit 1 of layer 1)</source>
        <translation>w₁ (1층 뉴런 1에서 오는 가중치)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="106" />
        <source>w₂ (from unit 2 of layer 1)</source>
        <translation>w₂ (1층 뉴런 2에서 오는 가중치)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="114" />
        <source>Two weights into one unit (ringed in the Network view), one line per step, coloured by their gradients: &lt;span style="color:{0}"&gt;blue: both dL/dw &amp;gt; 0, both fall&lt;/span&gt;; &lt;span style="color:{1}"&gt;orange: both &amp;lt; 0, both rise&lt;/span&gt;; grey: opposite signs. ○ start, ● now.</source>
        <translation>한 뉴런(신경망 보기의 동그라미)으로 들어오는 두 가중치를 갱신마다 선 하나로, 두 그레이디언트의 부호로 색칠: &lt;span style="color:{0}"&gt;파랑: 두 dL/dw &amp;gt; 0, 둘 다 감소&lt;/span&gt;; &lt;span style="color:{1}"&gt;주황: 둘 다 &amp;lt; 0, 둘 다 증가&lt;/span&gt;; 회색: 부호가 반대. ○ 시작, ● 지금.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="144" />
        <source>Layer 1 has a single unit: there are no two weights to follow</source>
        <translation>1층에 뉴런이 하나뿐이라 따라갈 두 가중치가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="146" />
        <source>Waiting for the weight path…</source>
        <translation>가중치 경로를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="151" />
        <source>The path is kept for the last {0} steps only</source>
        <translation>경로는 마지막 갱신 {0}번만 보관합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="196" />
        <source>unit 1 of layer 2</source>
        <translation>2층 뉴런 1</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="196" />
        <source>output unit 1</source>
        <translation>출력 뉴런 1</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="198" />
        <source>{0}: opposite signs in {1} of {2} steps</source>
        <translation>{0}: 갱신 {2}번 중 {1}에서 부호가 반대</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="60" />
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="83" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="86" />
        <location filename="../../visualizer/ui/window_menus.py" line="157" />
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="97" />
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="105" />
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="109" />
        <source>Show controls</source>
        <translation>설정 패널 보기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="113" />
        <source>Show lesson text</source>
        <translation>수업 설명 보기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="115" />
        <source>Bring to front</source>
        <translation>앞으로 가져오기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="121" />
        <source>Light theme (high contrast, for projectors)</source>
        <translation>밝은 테마 (고대비, 프로젝터용)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="122" />
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="144" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="147" />
        <location filename="../../visualizer/ui/window_menus.py" line="171" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="154" />
        <source>Play / pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="155" />
        <source>One training step</source>
        <translation>학습 한 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="156" />
        <source>Reset (rebuild from the seed)</source>
        <translation>초기화 (시드로 다시 만들기)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="158" />
        <source>Larger / smaller text</source>
        <translation>글자 크게 / 작게</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="159" />
        <source>Show or hide the controls</source>
        <translation>설정 패널 보이기/숨기기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="160" />
        <source>Export the window as PNG</source>
        <translation>창을 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="161" />
        <source>Save / load the configuration</source>
        <translation>설정 저장 / 불러오기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="162" />
        <source>Lesson: next step (a covered answer is revealed first)</source>
        <translation>수업: 다음 단계 (가려진 정답이 있으면 먼저 공개)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="163" />
        <source>Lesson: previous step</source>
        <translation>수업: 이전 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="164" />
        <source>Lesson: reveal the answer (a presenter remote's black-screen key)</source>
        <translation>수업: 정답 공개 (프레젠터 리모컨의 화면 끄기 키)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="165" />
        <source>Lesson: pick an answer</source>
        <translation>수업: 답 고르기</translation>
    </message>
</context>
<context><name>core</name><message><source>Network</source><translation>신경망</translation></message><message><source>Training</source><translation>학습</translation></message><message><source>Data</source><translation>데이터</translation></message><message><source>Depth (hidden layers)</source><translation>깊이 (은닉층 수)</translation></message><message><source>Number of hidden layers</source><translation>은닉층의 개수</translation></message><message><source>Width (units per layer)</source><translation>너비 (층당 뉴런 수)</translation></message><message><source>Units in each hidden layer</source><translation>각 은닉층의 뉴런 수</translation></message><message><source>Activation function</source><translation>활성화 함수</translation></message><message><source>The non-linearity after each hidden layer</source><translation>각 은닉층 뒤의 비선형 함수</translation></message><message><source>Alpha</source><translation>알파</translation></message><message><source>The activation's parameter (slope, scale or pieces); empty = default</source><translation>활성화 함수의 매개변수 (기울기, 배율 또는 조각 수); 비우면 기본값</translation></message><message><source>Weight initialization</source><translation>가중치 초기화</translation></message><message><source>How the weights are drawn at the start</source><translation>학습 시작 때 가중치를 뽑는 방법</translation></message><message><source>Init scale</source><translation>초기화 배율</translation></message><message><source>std for normal, limit for uniform, a gain for the named schemes</source><translation>normal은 표준편차, uniform은 범위, 이름 있는 초기화는 배율</translation></message><message><source>Bias init</source><translation>편향 초기값</translation></message><message><source>Every hidden bias at the start (0 = usual; 0.01 keeps ReLUs firing)</source><translation>시작할 때 모든 은닉층 편향의 값 (0 = 보통; 0.01은 ReLU가 켜져 있게 합니다)</translation></message><message><source>Batch normalization</source><translation>배치 정규화</translation></message><message><source>Normalize each hidden layer's units by their batch statistics</source><translation>은닉층의 각 뉴런을 배치 통계로 정규화합니다</translation></message><message><source>Batch norm position</source><translation>배치 정규화 위치</translation></message><message><source>Where batch normalization sits in each hidden layer</source><translation>각 은닉층에서 배치 정규화가 놓이는 자리</translation></message><message><source>Dense → batch norm → activation (Ioffe and Szegedy)</source><translation>Dense → 배치 정규화 → 활성화 함수 (Ioffe와 Szegedy)</translation></message><message><source>Dense → activation → batch norm</source><translation>Dense → 활성화 함수 → 배치 정규화</translation></message><message><source>Dropout</source><translation>드롭아웃</translation></message><message><source>Probability of dropping each hidden unit while training</source><translation>학습 중 각 은닉 뉴런을 끌 확률</translation></message><message><source>Optimizer</source><translation>옵티마이저</translation></message><message><source>The update rule</source><translation>갱신 규칙</translation></message><message><source>Learning rate</source><translation>학습률</translation></message><message><source>Step size of each update</source><translation>갱신 한 번의 보폭</translation></message><message><source>Learning-rate decay</source><translation>학습률 감소</translation></message><message><source>How the learning rate falls as training goes on</source><translation>훈련이 진행되면서 학습률이 줄어드는 방식</translation></message><message><source>The same rate at every step</source><translation>모든 단계에서 같은 학습률</translation></message><message><source>lr × d every T steps</source><translation>T 단계마다 lr × d</translation></message><message><source>Half a cosine from lr down to d × lr over T steps</source><translation>T 단계에 걸쳐 코사인 반 주기로 lr에서 d × lr까지</translation></message><message><source>Decay factor d</source><translation>감소 비율 d</translation></message><message><source>step: the factor every T steps; cosine: the final share of lr</source><translation>step: T 단계마다 곱하는 비율, cosine: 마지막에 남는 lr의 비율</translation></message><message><source>Decay period T</source><translation>감소 주기 T</translation></message><message><source>Steps between step decays, or the cosine's length</source><translation>step 감소 사이의 단계 수, 또는 코사인의 길이</translation></message><message><source>Momentum</source><translation>모멘텀</translation></message><message><source>μ in v = μ v - lr g: the share of the last step kept (0 = plain SGD)</source><translation>v = μ v - lr g의 μ: 직전 이동을 얼마나 유지할지 (0 = 보통의 SGD)</translation></message><message><source>Decay rho</source><translation>감쇠율 rho</translation></message><message><source>ρ in h = ρ h + (1 - ρ) g²: how slowly the running average of g² forgets</source><translation>h = ρ h + (1 - ρ) g²의 ρ: g²의 이동 평균이 과거를 얼마나 천천히 잊는지</translation></message><message><source>Beta 1</source><translation>베타 1</translation></message><message><source>β1 in m = β1 m + (1 - β1) g: decay of the running mean of the gradient</source><translation>m = β1 m + (1 - β1) g의 β1: 그레이디언트 이동 평균의 감쇠율</translation></message><message><source>Beta 2</source><translation>베타 2</translation></message><message><source>β2 in v = β2 v + (1 - β2) g²: decay of the running mean of g²</source><translation>v = β2 v + (1 - β2) g²의 β2: g² 이동 평균의 감쇠율</translation></message><message><source>Epsilon</source><translation>엡실론</translation></message><message><source>ε in g / (√h + ε): a small constant that avoids division by zero</source><translation>g / (√h + ε)의 ε: 0으로 나누는 것을 막는 작은 상수</translation></message><message><source>Bias correction</source><translation>편향 보정</translation></message><message><source>Adam: divide m and v by 1 - β1ᵗ and 1 - β2ᵗ (off: their zero start biases the first steps)</source><translation>Adam: m과 v를 1 - β1ᵗ, 1 - β2ᵗ로 나눔 (끄면: 0에서 시작한 값이 첫 단계들을 치우치게 함)</translation></message><message><source>Weight decay (L2)</source><translation>가중치 감소 (L2)</translation></message><message><source>lambda in g += lambda W; 0 = off</source><translation>g += lambda W 의 lambda; 0 = 끔</translation></message><message><source>Gradient clipping</source><translation>그레이디언트 클리핑</translation></message><message><source>Global gradient norm limit; 0 = off</source><translation>전체 그레이디언트 노름의 상한; 0 = 끔</translation></message><message><source>Mini-batch size</source><translation>미니배치 크기</translation></message><message><source>Samples per update</source><translation>갱신 한 번에 쓰는 샘플 수</translation></message><message><source>Loss</source><translation>손실 함수</translation></message><message><source>What training minimizes</source><translation>학습이 최소화하는 값</translation></message><message><source>Dataset</source><translation>데이터셋</translation></message><message><source>Built-in data, or your own file</source><translation>내장 데이터 또는 직접 가져온 파일</translation></message><message><source>Samples</source><translation>샘플 수</translation></message><message><source>How many samples to generate or load (all: every sample of a file)</source><translation>생성하거나 불러올 샘플 수 (전체: 파일의 모든 샘플)</translation></message><message><source>all</source><translation>전체</translation></message><message><source>Input features</source><translation>입력 특성 수</translation></message><message><source>Features of the gaussian probe data</source><translation>가우시안 탐침 데이터의 특성 수</translation></message><message><source>Noise</source><translation>잡음</translation></message><message><source>Noise of the generated data</source><translation>생성 데이터의 잡음</translation></message><message><source>Test fraction</source><translation>테스트 비율</translation></message><message><source>Share of samples held out</source><translation>테스트용으로 떼어 둘 샘플 비율</translation></message><message><source>Outliers</source><translation>이상치</translation></message><message><source>Share of the training targets moved up by 4 (regression; the test targets stay clean)</source><translation>4만큼 위로 옮긴 훈련 목표값의 비율 (회귀; 테스트 목표값은 그대로)</translation></message><message><source>Label noise</source><translation>레이블 잡음</translation></message><message><source>Share of the training labels replaced by another class (the test labels stay true)</source><translation>다른 클래스로 바꾼 훈련 레이블의 비율 (테스트 레이블은 그대로)</translation></message><message><source>Preprocessing</source><translation>전처리</translation></message><message><source>Inputs shifted, scaled or rotated by the training set's mean, std and covariance (the test set by the same numbers)</source><translation>훈련 데이터의 평균, 표준편차, 공분산으로 입력을 옮기고 크기를 맞추거나 회전합니다(테스트 데이터도 같은 값으로)</translation></message><message><source>The inputs as they are</source><translation>입력을 그대로 사용</translation></message><message><source>x - mean: every feature centred on 0</source><translation>x - 평균: 모든 특성을 0 중심으로</translation></message><message><source>(x - mean) / std: every feature centred, spread 1</source><translation>(x - 평균) / 표준편차: 모든 특성을 0 중심, 표준편차 1로</translation></message><message><source>(x - mean) U: rotated onto the principal axes, decorrelated</source><translation>(x - 평균) U: 주성분 축으로 회전해 특성 사이의 상관을 없앱니다</translation></message><message><source>(x - mean) U / sqrt(λ + ε): decorrelated, variance 1 along every axis</source><translation>(x - 평균) U / sqrt(λ + ε): 상관을 없애고 모든 축의 분산을 1로</translation></message><message><source>Seed</source><translation>시드</translation></message><message><source>Same seed: same data, weights, batches and curves</source><translation>같은 시드: 같은 데이터, 가중치, 미니배치, 곡선</translation></message><message><source>Precision</source><translation>정밀도</translation></message><message><source>Floating-point type of the network</source><translation>신경망의 부동소수점 형식</translation></message><message><source>Histogram bins</source><translation>히스토그램 구간 수</translation></message><message><source>Bins of every histogram</source><translation>모든 히스토그램의 구간 수</translation></message><message><source>N(0, 1) probe inputs, random labels</source><translation>N(0, 1) 입력, 무작위 레이블</translation></message><message><source>Three interleaved spiral arms (2D)</source><translation>서로 얽힌 세 개의 나선 팔 (2D)</translation></message><message><source>Two interleaved half moons (2D)</source><translation>서로 맞물린 두 개의 반달 (2D)</translation></message><message><source>A ring around a smaller ring (2D)</source><translation>작은 원을 둘러싼 큰 원 (2D)</translation></message><message><source>Opposite quadrants share a class (2D)</source><translation>마주 보는 사분면이 같은 클래스 (2D)</translation></message><message><source>Four Gaussian clusters (2D)</source><translation>네 개의 가우시안 군집 (2D)</translation></message><message><source>A long thin tilted cloud off the origin (2D)</source><translation>원점에서 떨어진, 비스듬하고 길쭉한 점 구름 (2D)</translation></message><message><source>Regression: y = sin(x) + noise</source><translation>회귀: y = sin(x) + 잡음</translation></message><message><source>8x8 handwritten digits (1797 images)</source><translation>8x8 손글씨 숫자 (이미지 1797장)</translation></message><message><source>batch norm rescales every unit by its batch statistics</source><translation>배치 정규화가 뉴런마다 배치 통계로 다시 맞춥니다</translation></message><message><source>dropout scales the training passes' variances by 1/(1-p), not the probe's</source><translation>드롭아웃이 학습 패스의 분산을 1/(1-p)배로 바꾸지만 탐침 패스는 그대로입니다</translation></message><message><source>maxout is not an element-wise function</source><translation>맥스아웃은 원소별 함수가 아닙니다</translation></message><message><source>rrelu draws random slopes in training passes, their mean in the probe</source><translation>RReLU는 학습 패스마다 기울기를 무작위로 뽑고 탐침에서는 그 평균을 씁니다</translation></message><message><source>constant weights are not independent random draws</source><translation>상수 가중치는 독립적인 무작위 값이 아닙니다</translation></message><message><source>the recursion assumes biases of 0 at initialization</source><translation>이 점화식은 초기화 때 편향이 0이라고 가정합니다</translation></message></context></TS>