<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivationCurvePanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="148" />
        <source>Activation function</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="149" />
        <source>Pre-activations of layer</source>
        <translation>활성화 전 값을 볼 층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="150" />
        <source>last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="151" />
        <source>Hidden layer whose z values are drawn under f</source>
        <translation>f 아래에 z 값을 그릴 은닉층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="162" />
        <source>No hidden layers to show.</source>
        <translation>표시할 은닉층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="195" />
        <source>each unit outputs the largest of k linear pieces, so there is no single curve f(z); below: the distribution of the pieces' values z</source>
        <translation>각 뉴런은 k개 선형 조각 중 가장 큰 값을 내므로 하나의 곡선 f(z)가 없습니다. 아래: 조각 값 z의 분포</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="229" />
        <source>{0:.0f}% of z where the slope is nearly 0</source>
        <translation>z의 {0:.0f}%가 기울기가 거의 0인 곳에 있음</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="254" />
        <source>slope |f'| &amp;lt; 10% of its peak</source>
        <translation>기울기 |f'| &amp;lt; 최댓값의 10%</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="255" />
        <source>z of layer {0}</source>
        <translation>{0}층의 z</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="273" />
        <source>z (before the activation)</source>
        <translation>z (활성화 전)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/activation_curve.py" line="274" />
        <source>share of z values</source>
        <translation>z 값의 비율</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="51" />
        <source>Drawing the animation…</source>
        <translation>애니메이션을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="51" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="53" />
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="73" />
        <source>the training process is not running; press Reset to restart it</source>
        <translation>학습 프로세스가 실행 중이 아닙니다. 초기화(Reset)를 누르면 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/animation_export.py" line="101" />
        <source>Encoding…</source>
        <translation>인코딩 중…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="32" />
        <source>The training process stopped unexpectedly (exit code {code}); press Reset to restart it</source>
        <translation>학습 프로세스가 예기치 않게 중지되었습니다(종료 코드 {code}). 초기화(Reset)를 눌러 다시 시작하세요</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="41" />
        <source>{side}diverged at step {step}</source>
        <translation>{side}{step}단계에서 발산</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="49" />
        <source> — the loss or the weights became NaN/Inf. Lower the learning rate or init scale, then press Reset.</source>
        <translation> — 손실 또는 가중치가 NaN/Inf가 되었습니다. 학습률이나 초기화 배율을 낮춘 뒤 초기화(Reset)를 누르세요.</translation>
    </message>
</context>
<context>
    <name>ControlDock</name>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="59" />
        <source>+ Add run</source>
        <translation>+ 실행 추가</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="62" />
        <source>Train another configuration in lockstep (a copy of the current run): same seed, data and batches; up to four runs</source>
        <translation>다른 설정을 나란히 학습합니다(현재 실행의 복사본): 같은 시드, 데이터, 미니배치; 최대 네 개</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="165" />
        <source>Run {0}</source>
        <translation>실행 {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="175" />
        <source>Highlighted: settings that differ from run A</source>
        <translation>강조 표시: 실행 A와 다른 설정</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_dock.py" line="177" />
        <source>The lesson hides or locks some settings.</source>
        <translation>이 수업은 일부 설정을 숨기거나 잠급니다.</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="57" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="58" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="59" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="127" />
        <source>{name}: {text!r} is not a number</source>
        <translation>{name}: {text!r}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="129" />
        <source>{name}: a number is required</source>
        <translation>{name}: 숫자를 입력해야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="166" />
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/controls.py" line="168" />
        <source>Data (*.csv *.npz *-ubyte *-ubyte.gz);;All files (*)</source>
        <translation>데이터 (*.csv *.npz *-ubyte *-ubyte.gz);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ControlRows</name>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="41" />
        <source>Depth (hidden layers)</source>
        <translation>깊이 (은닉층 수)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="42" />
        <source>Number of hidden layers (1 to 50)</source>
        <translation>은닉층의 개수 (1~50)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="43" />
        <source>Width (units per layer)</source>
        <translation>너비 (층당 뉴런 수)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="44" />
        <source>Units in each hidden layer (1 to 2048)</source>
        <translation>각 은닉층의 뉴런 수 (1~2048)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="45" />
        <source>Activation function</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="47" />
        <source>The non-linearity after each hidden layer</source>
        <translation>각 은닉층 뒤의 비선형 함수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="48" />
        <source>Alpha</source>
        <translation>알파</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="49" />
        <source>The activation's parameter (slope, scale or pieces); empty = default</source>
        <translation>활성화 함수의 매개변수 (기울기, 배율 또는 조각 수); 비우면 기본값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="50" />
        <source>Weight initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="52" />
        <source>How the weights are drawn at the start</source>
        <translation>학습 시작 때 가중치를 뽑는 방법</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="53" />
        <source>Init scale</source>
        <translation>초기화 배율</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="54" />
        <source>std for normal, limit for uniform, a gain for the named schemes</source>
        <translation>normal은 표준편차, uniform은 범위, 이름 있는 초기화는 배율</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="55" />
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="56" />
        <source>Normalize each layer between Dense and activation</source>
        <translation>Dense 층과 활성화 함수 사이에서 각 층을 정규화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="57" />
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="58" />
        <source>Probability of dropping each hidden unit while training</source>
        <translation>학습 중 각 은닉 뉴런을 끌 확률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="63" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="65" />
        <source>The update rule</source>
        <translation>갱신 규칙</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="66" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="67" />
        <source>Step size of each update</source>
        <translation>갱신 한 번의 보폭</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="69" />
        <source>Weight decay (L2)</source>
        <translation>가중치 감소 (L2)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="70" />
        <source>lambda in g += lambda W; 0 = off</source>
        <translation>g += lambda W 의 lambda; 0 = 끔</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="71" />
        <source>Gradient clipping</source>
        <translation>기울기 클리핑</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="72" />
        <source>Global gradient norm limit; 0 = off</source>
        <translation>전체 기울기 노름의 상한; 0 = 끔</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="73" />
        <source>Mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="74" />
        <source>Samples per update</source>
        <translation>갱신 한 번에 쓰는 샘플 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="75" />
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="76" />
        <source>What training minimizes</source>
        <translation>학습이 최소화하는 값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="90" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="92" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="93" />
        <source>Built-in data, or your own file</source>
        <translation>내장 데이터 또는 직접 가져온 파일</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="94" />
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="95" />
        <source>How many samples to generate or load (all: every sample of a file)</source>
        <translation>생성하거나 불러올 샘플 수 (전체: 파일의 모든 샘플)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="96" />
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="97" />
        <source>Noise of the generated data</source>
        <translation>생성 데이터의 잡음</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="98" />
        <source>Test fraction</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="99" />
        <source>Share of samples held out</source>
        <translation>테스트용으로 떼어 둘 샘플 비율</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="100" />
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="101" />
        <source>The inputs as they are</source>
        <translation>입력을 그대로 사용</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="102" />
        <source>x - mean: every feature centred on 0</source>
        <translation>x - 평균: 모든 특성을 0 중심으로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="103" />
        <source>(x - mean) / std: every feature centred, spread 1</source>
        <translation>(x - 평균) / 표준편차: 모든 특성을 0 중심, 퍼짐 1로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="104" />
        <source>Inputs shifted and scaled by the training set's mean and std (the test set by the same numbers)</source>
        <translation>학습 데이터의 평균과 표준편차로 입력을 옮기고 크기를 맞춥니다(테스트 데이터도 같은 값으로)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="106" />
        <source>Input features</source>
        <translation>입력 특성 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="107" />
        <source>Features of the gaussian probe data</source>
        <translation>가우시안 탐침 데이터의 특성 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="108" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="109" />
        <source>Same seed: same data, weights, batches and curves</source>
        <translation>같은 시드: 같은 데이터, 가중치, 미니배치, 곡선</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="110" />
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="111" />
        <source>Floating-point type of the network</source>
        <translation>신경망의 부동소수점 형식</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="112" />
        <source>Histogram bins</source>
        <translation>히스토그램 구간 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="112" />
        <source>Bins of every histogram</source>
        <translation>모든 히스토그램의 구간 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="118" />
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/control_rows.py" line="120" />
        <source>A .csv file (label in the last column), an .npz file (arrays x and y) or a folder of MNIST idx files</source>
        <translation>.csv 파일(마지막 열이 레이블), .npz 파일(배열 x와 y) 또는 MNIST idx 파일이 있는 폴더</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../visualizer/ui/cover.py" line="41" />
        <source>The panels stay covered and training paused until the answer is revealed: 1–4 picks an answer, B or . reveals, Page Down goes on</source>
        <translation>정답을 공개할 때까지 화면은 가려지고 학습은 멈춥니다: 1–4로 답을 고르고, B나 .로 공개하고, Page Down으로 넘어갑니다</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="145" />
        <source>Loss and accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="146" />
        <source>Log y (loss)</source>
        <translation>로그 y축 (손실)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="147" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="148" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="149" />
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="150" />
        <source>No accuracy: regression (loss only)</source>
        <translation>정확도 없음: 회귀 문제 (손실만 표시)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="178" />
        <source>(thin: test)</source>
        <translation>(가는 선: 테스트)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="182" />
        <source>{run} diverged</source>
        <translation>{run} 발산</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="175" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="175" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/curves.py" line="182" />
        <source>diverged</source>
        <translation>발산</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="140" />
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="170" />
        <source>The decision boundary needs a 2D dataset: choose spiral, moons, circles, xor or blobs</source>
        <translation>결정 경계는 2차원 데이터가 필요합니다: spiral, moons, circles, xor, blobs 중에서 고르세요</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="177" />
        <location filename="../../visualizer/ui/panels/decision.py" line="181" />
        <source>Waiting for the decision map…</source>
        <translation>결정 경계를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="194" />
        <source>test accuracy {0}</source>
        <translation>테스트 정확도 {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="225" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/decision.py" line="226" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>EvalModeBox</name>
    <message>
        <location filename="../../visualizer/ui/panels/eval_mode.py" line="23" />
        <source>Evaluation mode</source>
        <translation>평가 모드</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/eval_mode.py" line="26" />
        <source>The network as the test set sees it: batch normalization with its running averages instead of the batch's statistics, and no dropout</source>
        <translation>테스트 세트가 보는 신경망: 배치 정규화가 배치 통계 대신 이동 평균을 쓰고, 드롭아웃은 없습니다</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="44" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="46" />
        <source>Stamp configuration on images</source>
        <translation>이미지에 설정 정보 찍기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="50" />
        <source>Export window as PNG…</source>
        <translation>창을 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="52" />
        <source>Export window as PNG at 2x…</source>
        <translation>창을 2배 크기 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="54" />
        <source>Export animation (GIF or PNG)…</source>
        <translation>애니메이션 내보내기 (GIF 또는 PNG)…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="55" />
        <source>Export metrics as CSV…</source>
        <translation>지표를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="56" />
        <source>Export run as JSON…</source>
        <translation>실행 결과를 JSON으로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="59" />
        <source>Save configuration…</source>
        <translation>설정 저장…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="61" />
        <source>Load configuration…</source>
        <translation>설정 불러오기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="63" />
        <source>Open lesson…</source>
        <translation>수업 열기…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="64" />
        <source>Restore defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="66" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="70" />
        <source>Export panel (PNG or SVG)</source>
        <translation>패널 내보내기 (PNG 또는 SVG)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="94" />
        <source>Export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="97" />
        <source>Saved {path}</source>
        <translation>저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="126" />
        <source>Export window</source>
        <translation>창 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="141" />
        <source>Writing {path}…</source>
        <translation>{path} 저장 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="155" />
        <source>Export panel</source>
        <translation>패널 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="170" />
        <location filename="../../visualizer/ui/file_menu.py" line="175" />
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="176" />
        <source>Frames, evenly spaced over the run:</source>
        <translation>프레임 수 (학습 전체에 고르게):</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="213" />
        <source>Export metrics</source>
        <translation>지표 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="227" />
        <source>Export run</source>
        <translation>실행 결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="242" />
        <source>Save configuration</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="253" />
        <source>Load configuration</source>
        <translation>설정 불러오기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="269" />
        <source>Reading {path}…</source>
        <translation>{path} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="309" />
        <source>Cannot load configuration: {error}</source>
        <translation>설정을 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="282" />
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/file_menu.py" line="292" />
        <source>Cannot load lesson: {error}</source>
        <translation>수업을 불러올 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>HistogramPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="163" />
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="164" />
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="165" />
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="167" />
        <source>Share y-axis</source>
        <translation>y축 공유</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="168" />
        <source>Same vertical scale for every layer</source>
        <translation>모든 층에 같은 세로 축척</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="169" />
        <source>log10|g|</source>
        <translation>log10|g|</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="171" />
        <source>Histogram of log10 of the gradient sizes: vanishing shows as a shift left</source>
        <translation>기울기 크기의 log10 히스토그램: 기울기 소실은 왼쪽으로 밀려나는 모습으로 보입니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="173" />
        <source>Before activation (z)</source>
        <translation>활성화 전 (z)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="174" />
        <source>Heat map</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="175" />
        <source>One row per layer; automatic above 12 layers</source>
        <translation>층마다 한 줄; 12층을 넘으면 자동</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="177" />
        <source>Runs in columns</source>
        <translation>실행별 열로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="179" />
        <source>One plot per layer and run, each with its own scale, instead of overlaid</source>
        <translation>겹쳐 그리지 않고 층과 실행마다 따로, 각자의 눈금으로 그립니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="198" />
        <source>weight value</source>
        <translation>가중치 값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="201" />
        <source>log10 |dL/da|</source>
        <translation>log10 |dL/da|</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="202" />
        <source>gradient dL/da</source>
        <translation>기울기 dL/da</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="204" />
        <source>pre-activation z</source>
        <translation>활성화 전 값 z</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="205" />
        <source>activation value</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="210" />
        <location filename="../../visualizer/ui/panels/histograms.py" line="212" />
        <location filename="../../visualizer/ui/panels/histograms.py" line="215" />
        <source>σ {0}</source>
        <translation>σ {0}</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="225" />
        <source>Layers {0}–{1}</source>
        <translation>{0}–{1}층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="251" />
        <source>darker = larger share of the layer's values</source>
        <translation>진할수록 그 층의 값이 많이 몰림</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="252" />
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/histograms.py" line="262" />
        <source>Layer {0}</source>
        <translation>{0}층</translation>
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
        <translation>기울기 노름 ‖dL/dW‖</translation>
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
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="125" />
        <source>batch norm rescales every unit by its batch statistics</source>
        <translation>배치 정규화가 뉴런마다 배치 통계로 다시 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="126" />
        <source>dropout scales the training passes' variances by 1/(1-p)</source>
        <translation>드롭아웃이 학습 패스의 분산을 1/(1-p)배로 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="127" />
        <source>maxout is not an element-wise function</source>
        <translation>맥스아웃은 원소별 함수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="128" />
        <source>rrelu draws random slopes in training passes</source>
        <translation>RReLU는 학습 패스마다 기울기를 무작위로 뽑습니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="129" />
        <source>constant weights are not independent random draws</source>
        <translation>상수 가중치는 독립적인 무작위 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/layer_stats.py" line="191" />
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
        <location filename="../../visualizer/ui/lesson_controller.py" line="57" />
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="58" />
        <source>Previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="59" />
        <source>Reveal the answer</source>
        <translation>정답 공개</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/lesson_controller.py" line="62" />
        <source>Pick answer {0}</source>
        <translation>{0}번 답 고르기</translation>
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
        <location filename="../../visualizer/ui/main_window.py" line="47" />
        <source>Deep network training visualizer</source>
        <translation>심층 신경망 학습 시각화 도구</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/main_window.py" line="111" />
        <source>Controls</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/main_window.py" line="215" />
        <source>The training process is not running; press Reset</source>
        <translation>학습 프로세스가 실행 중이 아닙니다. 초기화(Reset)를 누르세요</translation>
    </message>
</context>
<context>
    <name>NetworkDiagramPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="129" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="130" />
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="131" />
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="133" />
        <source>Colour the links by the sign of the weight or of its gradient</source>
        <translation>연결을 가중치의 부호나 그 그레이디언트의 부호로 색칠</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="150" />
        <source>&lt;span style="color:{0}"&gt;blue: w &amp;gt; 0&lt;/span&gt;, &lt;span style="color:{1}"&gt;orange: w &amp;lt; 0&lt;/span&gt;; thicker = larger |w|</source>
        <translation>&lt;span style="color:{0}"&gt;파랑: w &amp;gt; 0&lt;/span&gt;, &lt;span style="color:{1}"&gt;주황: w &amp;lt; 0&lt;/span&gt;; 굵을수록 |w|가 큼</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="155" />
        <source>&lt;span style="color:{0}"&gt;blue: dL/dw &amp;gt; 0 (a step lowers w)&lt;/span&gt;, &lt;span style="color:{1}"&gt;orange: dL/dw &amp;lt; 0 (a step raises w)&lt;/span&gt;; thicker = larger |dL/dw| (each width 10× the next thinner)</source>
        <translation>&lt;span style="color:{0}"&gt;파랑: dL/dw &amp;gt; 0 (갱신이 w를 낮춤)&lt;/span&gt;, &lt;span style="color:{1}"&gt;주황: dL/dw &amp;lt; 0 (갱신이 w를 높임)&lt;/span&gt;; 굵을수록 |dL/dw|가 큼 (굵기 한 단계마다 10배)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="159" />
        <source>ringed: the unit the Weight path view follows, and its two inputs</source>
        <translation>동그라미: 가중치 경로 보기가 따라가는 뉴런과 그 두 입력</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="203" />
        <source>The diagram is drawn for small networks only: width ≤ {0} and depth ≤ {1}. This one has {2} hidden layers of {3} units.</source>
        <translation>신경망 그림은 작은 신경망만 그립니다: 너비 ≤ {0}, 깊이 ≤ {1}. 지금 신경망은 뉴런 {3}개짜리 은닉층이 {2}개입니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="209" />
        <source>Waiting for the network's weights…</source>
        <translation>신경망 가중치를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="214" />
        <source>Gradients are shown live only: press Live to see them, or colour by weight</source>
        <translation>기울기는 실시간으로만 보입니다: 실시간을 누르거나 가중치로 색칠하세요</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="272" />
        <source>in</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="272" />
        <source>out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="287" />
        <source>{0} of {1} inputs</source>
        <translation>입력 {1}개 중 {0}개</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/network_diagram.py" line="294" />
        <source>{0} links</source>
        <translation>연결 {0}개</translation>
    </message>
</context>
<context>
    <name>OptimizerRacePanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="195" />
        <source>Optimizer race</source>
        <translation>옵티마이저 경주</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="196" />
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="197" />
        <source>valley</source>
        <translation>골짜기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="197" />
        <source>hill (local minimum)</source>
        <translation>언덕 (지역 최솟값)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="200" />
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="201" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="202" />
        <source>Book's learning rates</source>
        <translation>책의 학습률</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="204" />
        <source>SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 (Deep Learning from Scratch)</source>
        <translation>SGD 0.95, 모멘텀 0.1, AdaGrad 1.5, Adam 0.3 (밑바닥부터 시작하는 딥러닝)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="221" />
        <source>{0}  from (-7, 2)</source>
        <translation>{0},  시작점 (-7, 2)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/optimizer_race.py" line="281" />
        <source>{0} (lr {1:g}): {2} from the minimum</source>
        <translation>{0} (학습률 {1:g}): 최솟값까지 {2}</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="76" />
        <source>The answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="76" />
        <source>Predict, then reveal</source>
        <translation>먼저 예상하고, 정답 확인하기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="89" />
        <source>Reveal the answer (B)</source>
        <translation>정답 공개 (B)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="93" />
        <source>No answer was picked; the answer is “{answer}”.</source>
        <translation>고른 답이 없습니다. 정답은 “{answer}”입니다.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="97" />
        <source>Correct: the class picked “{answer}”.</source>
        <translation>정답입니다. 고른 답: “{answer}”</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/question_view.py" line="98" />
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
        <location filename="../../visualizer/ui/banner.py" line="62" />
        <source>Waiting for the training process…</source>
        <translation>학습 프로세스를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="75" />
        <source>{count} JSON export(s) not written: the training process stopped</source>
        <translation>JSON 내보내기 {count}건을 쓰지 못했습니다: 학습 프로세스가 중지되었습니다</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="88" />
        <source>training process stopped</source>
        <translation>학습 프로세스 중지됨</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="90" />
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="92" />
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="92" />
        <source>paused</source>
        <translation>일시정지됨</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/banner.py" line="95" />
        <source>step {step}  ·  epoch {epoch}  ·  {rate:.1f} steps/s  ·  loss {loss}  ·  {state}</source>
        <translation>단계 {step}  ·  에포크 {epoch}  ·  초당 {rate:.1f}단계  ·  손실 {loss}  ·  {state}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="131" />
        <source>Over time</source>
        <translation>시간에 따른 변화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="132" />
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="133" />
        <source>Gradients (log10|g|)</source>
        <translation>기울기 (log10|g|)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="134" />
        <source>Which histograms to replay</source>
        <translation>다시 볼 히스토그램</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="135" />
        <source>From layer</source>
        <translation>시작 층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="136" />
        <source>First of up to 6 layers shown</source>
        <translation>표시할 최대 6개 층 중 첫 번째</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="148" />
        <source>Waiting for the histogram history…</source>
        <translation>히스토그램 기록을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="160" />
        <source>layers {0}–{1} of {2}</source>
        <translation>{2}개 층 중 {0}–{1}층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="214" />
        <source>log10|g|</source>
        <translation>log10|g|</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="216" />
        <source>activation</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="218" />
        <source>bin</source>
        <translation>구간</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="221" />
        <source>Layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/timeline.py" line="228" />
        <source>step</source>
        <translation>단계</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="20" />
        <source>Transport</source>
        <translation>재생 도구</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="23" />
        <location filename="../../visualizer/ui/transport.py" line="55" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="23" />
        <source>Play or pause training (Space)</source>
        <translation>학습 재생 또는 일시정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="26" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="26" />
        <source>One training step (S or Right)</source>
        <translation>학습 한 단계 (S 또는 →)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="30" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="30" />
        <source>Rebuild the network from the seed (R)</source>
        <translation>시드로 신경망을 다시 만들기 (R)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="34" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="38" />
        <source>Maximum training steps per second</source>
        <translation>초당 최대 학습 단계 수</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/transport.py" line="55" />
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
</context>
<context>
    <name>WeightPathPanel</name>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="102" />
        <source>Weight path</source>
        <translation>가중치 경로</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="104" />
        <source>w₁ (from unit 1 of layer 1)</source>
        <translation>w₁ (1층 뉴런 1에서 오는 가중치)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="105" />
        <source>w₂ (from unit 2 of layer 1)</source>
        <translation>w₂ (1층 뉴런 2에서 오는 가중치)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="113" />
        <source>Two weights into one unit (ringed in the Network view), one line per step, coloured by their gradients: &lt;span style="color:{0}"&gt;blue: both dL/dw &amp;gt; 0, both fall&lt;/span&gt;; &lt;span style="color:{1}"&gt;orange: both &amp;lt; 0, both rise&lt;/span&gt;; grey: opposite signs. ○ start, ● now.</source>
        <translation>한 뉴런(신경망 보기의 동그라미)으로 들어오는 두 가중치를 갱신마다 선 하나로, 두 그레이디언트의 부호로 색칠: &lt;span style="color:{0}"&gt;파랑: 두 dL/dw &amp;gt; 0, 둘 다 감소&lt;/span&gt;; &lt;span style="color:{1}"&gt;주황: 둘 다 &amp;lt; 0, 둘 다 증가&lt;/span&gt;; 회색: 부호가 반대. ○ 시작, ● 지금.</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="143" />
        <source>Layer 1 has a single unit: there are no two weights to follow</source>
        <translation>1층에 뉴런이 하나뿐이라 따라갈 두 가중치가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="145" />
        <source>Waiting for the weight path…</source>
        <translation>가중치 경로를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="150" />
        <source>The path is kept for the last {0} steps only</source>
        <translation>경로는 마지막 갱신 {0}번만 보관합니다</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="195" />
        <source>unit 1 of layer 2</source>
        <translation>2층 뉴런 1</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="195" />
        <source>output unit 1</source>
        <translation>출력 뉴런 1</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/panels/weight_path.py" line="197" />
        <source>{0}: opposite signs in {1} of {2} steps</source>
        <translation>{0}: 갱신 {2}번 중 {1}에서 부호가 반대</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="35" />
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="54" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="57" />
        <location filename="../../visualizer/ui/window_menus.py" line="113" />
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="66" />
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="69" />
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="72" />
        <source>Show controls</source>
        <translation>설정 패널 보기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="76" />
        <source>Show lesson text</source>
        <translation>수업 설명 보기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="78" />
        <source>Bring to front</source>
        <translation>앞으로 가져오기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="83" />
        <source>Light theme (high contrast, for projectors)</source>
        <translation>밝은 테마 (고대비, 프로젝터용)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="84" />
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="104" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="105" />
        <location filename="../../visualizer/ui/window_menus.py" line="127" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="110" />
        <source>Play / pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="111" />
        <source>One training step</source>
        <translation>학습 한 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="112" />
        <source>Reset (rebuild from the seed)</source>
        <translation>초기화 (시드로 다시 만들기)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="114" />
        <source>Larger / smaller text</source>
        <translation>글자 크게 / 작게</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="115" />
        <source>Show or hide the controls</source>
        <translation>설정 패널 보이기/숨기기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="116" />
        <source>Export the window as PNG</source>
        <translation>창을 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="117" />
        <source>Save / load the configuration</source>
        <translation>설정 저장 / 불러오기</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="118" />
        <source>Lesson: next step (a covered answer is revealed first)</source>
        <translation>수업: 다음 단계 (가려진 정답이 있으면 먼저 공개)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="119" />
        <source>Lesson: previous step</source>
        <translation>수업: 이전 단계</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="120" />
        <source>Lesson: reveal the answer (a presenter remote's black-screen key)</source>
        <translation>수업: 정답 공개 (프레젠터 리모컨의 화면 끄기 키)</translation>
    </message>
    <message>
        <location filename="../../visualizer/ui/window_menus.py" line="121" />
        <source>Lesson: pick an answer</source>
        <translation>수업: 답 고르기</translation>
    </message>
</context>
<context><name>core</name><message><source>Momentum</source><translation>모멘텀</translation></message><message><source>μ in v = μ v - lr g: the share of the last step kept (0 = plain SGD)</source><translation>v = μ v - lr g의 μ: 직전 이동을 얼마나 유지할지 (0 = 보통의 SGD)</translation></message><message><source>Epsilon</source><translation>엡실론</translation></message><message><source>ε in g / (√h + ε): a small constant that avoids division by zero</source><translation>g / (√h + ε)의 ε: 0으로 나누는 것을 막는 작은 상수</translation></message><message><source>Decay rho</source><translation>감쇠율 rho</translation></message><message><source>ρ in h = ρ h + (1 - ρ) g²: how slowly the running average of g² forgets</source><translation>h = ρ h + (1 - ρ) g²의 ρ: g²의 이동 평균이 과거를 얼마나 천천히 잊는지</translation></message><message><source>Beta 1</source><translation>베타 1</translation></message><message><source>β1 in m = β1 m + (1 - β1) g: decay of the running mean of the gradient</source><translation>m = β1 m + (1 - β1) g의 β1: 기울기 이동 평균의 감쇠율</translation></message><message><source>Beta 2</source><translation>베타 2</translation></message><message><source>β2 in v = β2 v + (1 - β2) g²: decay of the running mean of g²</source><translation>v = β2 v + (1 - β2) g²의 β2: g² 이동 평균의 감쇠율</translation></message><message><source>N(0, 1) probe inputs, random labels</source><translation>N(0, 1) 입력, 무작위 레이블</translation></message><message><source>Three interleaved spiral arms (2D)</source><translation>서로 얽힌 세 개의 나선 팔 (2D)</translation></message><message><source>Two interleaved half moons (2D)</source><translation>서로 맞물린 두 개의 반달 (2D)</translation></message><message><source>A ring around a smaller ring (2D)</source><translation>작은 원을 둘러싼 큰 원 (2D)</translation></message><message><source>Opposite quadrants share a class (2D)</source><translation>마주 보는 사분면이 같은 클래스 (2D)</translation></message><message><source>Four Gaussian clusters (2D)</source><translation>네 개의 가우시안 군집 (2D)</translation></message><message><source>Regression: y = sin(x) + noise</source><translation>회귀: y = sin(x) + 잡음</translation></message><message><source>8x8 handwritten digits (1797 images)</source><translation>8x8 손글씨 숫자 (이미지 1797장)</translation></message></context></TS>